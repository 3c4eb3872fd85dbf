import { Component, type ReactNode } from 'react';
import { localeFor } from '../i18n/locale.ts';
import { useViewStore } from '../view/store.ts';

interface State {
  error: Error | null;
}

/** One failing view never blanks the page: the header, navigation and other views keep working. */
export class ViewErrorBoundary extends Component<{ viewName: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      const t = localeFor(useViewStore.getState().spec.lang).t;
      return (
        <div className="page-status error" role="alert">
          <p>{t.viewFailed(this.props.viewName)}</p>
          <p className="hint">{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            {t.retry}
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
