// The demo host talks to the Graph emulator, which accepts any bearer token it has not been told to
// expire. This provider hands out that fixed token; createTokenProvider only picks it for a
// non-production build made with DIALBACK_DEMO=1.
import type { GetTokenOptions, TokenProvider } from "./types";

export const DEMO_TOKEN = "dialback-demo-token";

export class DemoTokenProvider implements TokenProvider {
  readonly kind = "demo";
  private refreshes = 0;

  constructor(private readonly token: string = DEMO_TOKEN) {}

  /** forceRefresh yields a new token so the emulator's "expire this token" fault can be ridden out. */
  async getToken(options: GetTokenOptions = {}): Promise<string> {
    if (options.forceRefresh) this.refreshes += 1;
    return this.refreshes === 0 ? this.token : `${this.token}-${this.refreshes}`;
  }
}
