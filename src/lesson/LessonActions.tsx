import { isOfflineFile, offlineFileName } from '../lib/buildTarget';
import { useEdition, useFurniture } from '../reader/EditionContext';

/** What a teacher does with the kit: present it, download the offline file, or print the handout. */
export function LessonActions() {
  const { actions } = useFurniture().lesson;
  const file = offlineFileName(useEdition().lang);
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
            <a className="control" href={file} download={file}>
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
