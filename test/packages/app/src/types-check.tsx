// What strict TypeScript accepts and refuses on svara's tags in React 19 JSX (every @ts-expect-error must hold).
export const accepted = (
  <svara-scale scale="smiley-5" name="kansla" label="Hur kändes det?" show-numbers allow-dont-know required />
);
// @ts-expect-error -- "smiley-7" is not one of the scales
export const unknownScale = <svara-scale scale="smiley-7" />;
// @ts-expect-error -- a scale is a name or a scale object, never a number
export const numberScale = <svara-scale scale={5} />;
// @ts-expect-error -- required is a boolean
export const textRequired = <svara-text required="yes" />;
// @ts-expect-error -- there is no such size
export const hugeConsent = <svara-consent size="huge" />;
