import { useEdition, useFurniture, useLoaded } from '../reader/EditionContext';

/** The licence others may republish the story under: on the story page, with or without JavaScript. */
export function Licence() {
  const { load } = useEdition();
  const { licence } = useLoaded(load.details);
  const copy = useFurniture().updates;
  return (
    <p className="site-footer-licence">
      {copy.licenceLabel}{' '}
      <a href={licence.url} rel="license">
        {licence.code}
      </a>
      , {licence.name}. {licence.terms}
    </p>
  );
}
