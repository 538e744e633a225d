import { isOfflineFile, OFFLINE_FILE_NAME } from '../lib/buildTarget';
import { useFurniture } from '../reader/EditionContext';

/** What a teacher does with the kit: present it, download the offline file, or print the handout. */
export function LessonActions() {
  const { actions } = useFurniture().lesson;
  return (
    <ul className="lesson-actions">
      <li>
        <a className="control control--primary" href="?mode=present">
          {actions.present}
        </a>
        <p>{actions.presentNote}</p>
      </li>
      <li>
        {isOfflineFile ? (
          <p>{actions.offlineNote}</p>
        ) : (
          <>
            <a className="control" href={OFFLINE_FILE_NAME} download={OFFLINE_FILE_NAME}>
              {actions.download}
            </a>
            <p>{actions.downloadNote}</p>
          </>
        )}
      </li>
      <li>
        <button type="button" className="control" onClick={() => window.print()}>
          {actions.print}
        </button>
        <p>{actions.printNote}</p>
      </li>
    </ul>
  );
}
