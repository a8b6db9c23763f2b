import { Link } from 'react-router';

/** The end of a journey form: the one main action, then a way out to the task list. */
export function SaveButton({ returnToCheck }: { returnToCheck: boolean }) {
  return (
    <button type="submit" className="button">
      {returnToCheck ? 'Save and return to check your answers' : 'Save and continue'}
    </button>
  );
}

export function TasksLink() {
  return (
    <p>
      <Link to="/tasks">Go to your tasks</Link>
    </p>
  );
}
