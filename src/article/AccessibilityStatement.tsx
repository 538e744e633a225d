import { Prose } from '../reader/Prose';
import { useFurniture } from '../reader/EditionContext';

/** The accessibility statement, at the end of the page. */
export function AccessibilityStatement() {
  const accessibilityStatement = useFurniture().accessibility;
  return (
    <section id="accessibility" className="accessibility" aria-labelledby="accessibility-heading">
      <h2 id="accessibility-heading">{accessibilityStatement.heading}</h2>
      {accessibilityStatement.sections.map((section) => (
        <div key={section.heading}>
          <h3>{section.heading}</h3>
          <Prose paragraphs={section.body} />
        </div>
      ))}
    </section>
  );
}
