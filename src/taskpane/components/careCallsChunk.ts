// The care-call tab as its own chunk: its scan, suggestions and date maths (luxon) load when the tab is first
// opened, not with the first paint of "This email". A module of its own so component tests can replace the
// native dynamic import, which jest cannot run without experimental VM modules.
export const loadCareCallsTab = () => import(/* webpackChunkName: "carecalls" */ "./CareCallsTab.js").then((m) => ({ default: m.CareCallsTab }));
