import { Component, type ReactNode } from "react";
import { ErrorBar } from "./ErrorBar";

/** Keeps a bug in one message's plan from blanking the taskpane; Retry renders the children again. */
export class ErrorBoundary extends Component<{ children: ReactNode; title: string }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error != null) {
      return (
        <div style={{ padding: 12 }}>
          <ErrorBar title={this.props.title} error={this.state.error} onRetry={() => this.setState({ error: null })} />
        </div>
      );
    }
    return this.props.children;
  }
}
