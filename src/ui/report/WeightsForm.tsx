import { content } from '@/content';
import { ANSWER_LIMITS } from '@/domain/limits';
import type { Report } from '@/report/build';
import { useAnswers } from '@/store/answers-store';
import { TableWrap } from '@/ui/components/TableWrap';

/** The weights offered: all within the range the saved answers allow. */
const choices = [0, 0.5, 0.75, 1, 1.5, 2, 3].filter((c) => c >= ANSWER_LIMITS.weightMin && c <= ANSWER_LIMITS.weightMax);

/** The weight of each question in the fit score: shown, and the board can change them. */
export function WeightsForm({ weights }: { weights: Report['method']['weights'] }) {
  const setWeight = useAnswers((s) => s.setWeight);
  return (
    <>
      <p>
        Each question counts towards the fit score by its weight. The defaults give more weight to values, standards and improvement,
        which matter most for your pupils. Your board can change them; 0 leaves a question out. The report shows the score with equal
        weights too. A change is saved as soon as you make it.
      </p>
      <TableWrap label="Weights">
        <table>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Weight</th>
              <th scope="col">Default</th>
            </tr>
          </thead>
          <tbody>
            {weights.map((w) => (
              <tr key={w.number}>
                <th scope="row">
                  <label htmlFor={`weight-${w.number}`}>
                    {w.number}. {w.shortTitle}
                  </label>
                </th>
                <td>
                  <select
                    id={`weight-${w.number}`}
                    className="select input--short no-print-control"
                    value={String(w.weight)}
                    onChange={(e) => {
                      const question = content.tenQuestions.questions.find((q) => q.number === w.number);
                      const value = Number(e.target.value);
                      if (question) setWeight(question.id, value === w.defaultWeight ? undefined : value);
                    }}
                  >
                    {[...new Set([...choices, w.weight, w.defaultWeight])]
                      .sort((a, b) => a - b)
                      .map((c) => (
                        <option key={c} value={String(c)}>
                          {c}
                        </option>
                      ))}
                  </select>
                </td>
                <td>{w.defaultWeight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
