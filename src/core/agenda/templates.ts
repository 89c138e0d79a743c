// Agenda lines for calls with no open question: staying in touch is the point of the call.
import type { AgendaItem, AgendaTemplate } from "./types";

export const AGENDA_TEMPLATES: Record<AgendaTemplate, string[]> = {
  "check-in": ["How is business?", "What is ahead for you next quarter?"],
  feedback: ["What is working well?", "If we could do one thing better, what would it be?"],
  "wrap-up": ["Where the matter ended up, and anything still open on your side", "Next steps, and anything you would like us to keep an eye on"],
};

export function templateItems(template: AgendaTemplate): AgendaItem[] {
  return AGENDA_TEMPLATES[template].map((text, i) => ({ id: `template-${template}-${i + 1}`, text, kind: "template", sourceMessageId: "template" }));
}
