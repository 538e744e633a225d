import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What replaces the chart if it throws: a quiet note, never a blank. */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Contains a chart that throws while rendering: the beat's text and its data table live outside
 * this boundary and stay, and a quiet note takes the chart's place. The story never goes blank
 * because a graphic failed.
 */
export class GraphicErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Keep the failure visible to developers without a second, louder error for readers.
    console.warn('A chart failed to render and was replaced by a note.', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
