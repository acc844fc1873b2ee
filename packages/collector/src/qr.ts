/** QR codes for posters at events (`svara qr`): SVG (scales to any print size) or PNG. */
import QRCode from 'qrcode';
import type { QRCodeErrorCorrectionLevel } from 'qrcode';

export interface QrOptions {
  /** Error correction: L, M (default), Q or H. Higher survives more damage and makes a denser code. */
  errorCorrection?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules (default 4, as the standard asks). */
  margin?: number;
}

const settings = (options: QrOptions) => ({
  errorCorrectionLevel: (options.errorCorrection ?? 'M') as QRCodeErrorCorrectionLevel,
  margin: options.margin ?? 4,
});

/** The QR code for `text` as an SVG document. */
export function qrSvg(text: string, options: QrOptions = {}): Promise<string> {
  return QRCode.toString(text, { type: 'svg', ...settings(options) });
}

/** The QR code for `text` as a PNG image, `scale` pixels per module. */
export function qrPng(text: string, options: QrOptions & { scale?: number } = {}): Promise<Buffer> {
  return QRCode.toBuffer(text, { type: 'png', scale: options.scale ?? 10, ...settings(options) });
}
