import type { TaskStatus } from '@/domain/progress';

const labels: Record<TaskStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  completed: 'Completed',
  'cannot-start': 'Cannot start yet',
};

const styles: Record<TaskStatus, string> = {
  'not-started': 'tag',
  'in-progress': 'tag tag--blue',
  completed: 'tag tag--green',
  'cannot-start': 'tag tag--muted',
};

/** A status is always a word, never colour alone. */
export function StatusTag({ status, id }: { status: TaskStatus; id?: string }) {
  return (
    <strong className={styles[status]} id={id}>
      {labels[status]}
    </strong>
  );
}
