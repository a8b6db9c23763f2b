import { useEffect, useRef, useState } from 'react';

/**
 * A QR code of a link, drawn on a canvas. The QR maker (the `qr` package) is loaded only here,
 * when the meeting page shows an invitation, so no other page downloads it. It draws on this
 * device; nothing is sent anywhere.
 */
export function InvitationQr({ link, label }: { link: string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState<{ link: string; why: string }>();
  useEffect(() => {
    let current = true;
    void import('qr')
      .then(({ default: encodeQR }) => {
        if (!current || !canvas.current) return;
        const modules = encodeQR(link, 'raw', { ecc: 'low', border: 4 });
        const size = modules.length;
        // Whole device pixels per square, so the code stays sharp.
        const scale = Math.max(2, Math.floor(480 / size));
        const el = canvas.current;
        el.width = size * scale;
        el.height = size * scale;
        const ctx = el.getContext('2d');
        if (!ctx) throw new Error('this browser cannot draw');
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, el.width, el.height);
        ctx.fillStyle = '#000';
        modules.forEach((row, y) => row.forEach((dark, x) => dark && ctx.fillRect(x * scale, y * scale, scale, scale)));
      })
      .catch((error: unknown) => {
        if (current) setFailed({ link, why: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      current = false;
    };
  }, [link]);
  if (failed?.link === link) {
    return <p className="inset">The QR code could not be made ({failed.why}). Send the link or the file instead.</p>;
  }
  return <canvas ref={canvas} className="invite-qr" role="img" aria-label={label} width={1} height={1} />;
}
