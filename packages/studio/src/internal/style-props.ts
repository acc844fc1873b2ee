/**
 * Sets style properties through the CSSOM (`style.setProperty`), never through a `style` attribute: the studio
 * runs under a Content-Security-Policy without `'unsafe-inline'` styles, which blocks attributes — including
 * the one Lit's `styleMap` writes on its first render. Element binding: `<iframe ${styleProps({ … })}>`.
 */
import { noChange } from 'lit';
import type { ElementPart } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';

class StyleProps extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('styleProps is an element binding: <el ${styleProps({…})}>');
  }

  render(_properties: Record<string, string>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
