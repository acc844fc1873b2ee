/**
 * The register's screens under `/studio/register`: the list (`?unit=`), one case (`/register/12`) and the yearly
 * summary (`/register/summary?unit=&year=`). The studio's shell calls this for its `register` route.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { StudioApi } from '../api/client.js';
import type { Route } from '../router.js';
import { RegisterApi } from './register-api.js';
import './register-list/register-list.define.js';
import './register-case/register-case.define.js';
import './register-summary/register-summary.define.js';

const clients = new WeakMap<StudioApi, RegisterApi>();

export function renderRegister(route: Route, base: string, api: StudioApi): TemplateResult {
  let register = clients.get(api);
  if (!register) clients.set(api, (register = new RegisterApi(api)));
  const unit = route.query.get('unit') ?? '';
  const page = route.params.page;
  if (page === 'summary') {
    const year = Number(route.query.get('year'));
    return html`<svara-studio-register-summary
      unit=${unit}
      base=${base}
      year=${Number.isInteger(year) && year > 2000 ? year : new Date().getFullYear() - 1}
      .register=${register}
    ></svara-studio-register-summary>`;
  }
  if (page)
    return html`<svara-studio-register-case
      .caseId=${Number(page)}
      base=${base}
      .register=${register}
    ></svara-studio-register-case>`;
  return html`<svara-studio-register
    unit=${unit}
    base=${base}
    .register=${register}
  ></svara-studio-register>`;
}
