import { unprintableSentence } from '../../pdf-safe';
import { unprintableSoFar, type Writer } from '../layout';

/**
 * At the very end, the characters the font could not print (each shown as � where it is), so
 * that nothing is changed without saying so. The running header repeats only the school name,
 * which the cover has already printed, so nothing drawn after this can add to the list.
 */
export function drawUnprintable(w: Writer) {
  const sentence = unprintableSentence(unprintableSoFar());
  if (!sentence) return;
  w.y += 6;
  w.ensure(30);
  w.paragraph('Characters that could not be printed', { size: 12, style: 'bold', gapAfter: 1.5 });
  w.paragraph(sentence, { size: 10 });
}
