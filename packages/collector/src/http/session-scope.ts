/**
 * Cookies and sessions only where they can matter. `@fastify/cookie` and `@fastify/session` hook every request:
 * the session plugin makes a new session for each one that has no cookie (a random id, an HMAC signature, a
 * hash of its contents) — a good share of the CPU a public submission costs, for nothing: a respondent's
 * browser sends no cookie to the collector, and no public route reads a session (issue #14, CPU per
 * submission).
 *
 * `requestScoped(plugin, meta, applies)` registers such a plugin as itself (same name and dependencies, so
 * `@fastify/csrf-protection` and the rest still find it) but with its `onRequest` and `onSend` hooks skipped for
 * requests that `applies` turns down. `mayHaveSession` says which requests keep them: every request that carries
 * a cookie (a signed-in staff member's, wherever it goes), and the sign-in routes, which start sessions.
 */
import type {
  FastifyInstance,
  FastifyPluginAsync,
  FastifyPluginCallback,
  FastifyPluginOptions,
  FastifyRequest,
} from 'fastify';
import fp from 'fastify-plugin';

type Hook = (this: unknown, request: FastifyRequest, ...rest: unknown[]) => unknown;
type Applies = (request: FastifyRequest) => boolean;

/** Routes that start a session from nothing: password sign-in and the OIDC redirects. */
const SIGN_IN_PREFIXES = ['/api/auth/', '/auth/'];

export function mayHaveSession(request: FastifyRequest): boolean {
  if (request.headers.cookie !== undefined) return true;
  const url = request.url;
  return SIGN_IN_PREFIXES.some((prefix) => url.startsWith(prefix));
}

/** The hook, skipped (its callback or promise answered at once) for requests `applies` turns down. */
function skippable(name: string, hook: Hook, applies: Applies): Hook {
  const onSend = name === 'onSend';
  if (hook.constructor.name === 'AsyncFunction') {
    return async function (this: unknown, request, ...rest) {
      if (applies(request)) return hook.call(this, request, ...rest);
      return onSend ? rest[1] : undefined; // onSend(request, reply, payload): keep the payload
    };
  }
  // Callback style, with the arity Fastify reads: onRequest(request, reply, done), onSend(…, payload, done).
  return onSend
    ? function (this: unknown, request: FastifyRequest, reply: unknown, payload: unknown, done: unknown) {
        if (applies(request)) return hook.call(this, request, reply, payload, done);
        return (done as (error: null, payload: unknown) => void)(null, payload);
      }
    : function (this: unknown, request: FastifyRequest, reply: unknown, done: unknown) {
        if (applies(request)) return hook.call(this, request, reply, done);
        return (done as () => void)();
      };
}

/** The instance as the plugin sees it: everything passes through, but its request hooks become skippable. */
function scopedInstance(instance: FastifyInstance, applies: Applies): FastifyInstance {
  const addHook = (name: string, hook: Hook) =>
    instance.addHook(
      name as 'onRequest',
      (name === 'onRequest' || name === 'onSend' ? skippable(name, hook, applies) : hook) as never,
    );
  return new Proxy(instance, {
    get(target, property) {
      if (property === 'addHook') return addHook;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface PluginMeta {
  name: string;
  dependencies?: string[];
}

/** `plugin` (a fastify-plugin: hooks on the whole app) with its request hooks skipped where `applies` says no. */
export function requestScoped<Options extends FastifyPluginOptions>(
  plugin: FastifyPluginAsync<Options> | FastifyPluginCallback<Options>,
  meta: PluginMeta,
  applies: Applies = mayHaveSession,
) {
  return fp<Options>(
    async (instance: FastifyInstance, options: Options) => {
      const scoped = scopedInstance(instance, applies);
      if (plugin.length >= 3) {
        await new Promise<void>((resolve, reject) =>
          (plugin as FastifyPluginCallback<Options>)(scoped, options, (error?: Error) =>
            error ? reject(error) : resolve(),
          ),
        );
      } else {
        await (plugin as FastifyPluginAsync<Options>)(scoped, options);
      }
    },
    { fastify: '5.x', ...meta },
  );
}
