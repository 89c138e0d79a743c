// Public entry of signature finding: the sender's block in the newest message.
export { findSenderBlock, senderNameTokens, isListRewritten, leadNamesOther, introducesOthersNumbers, isRegisterIdLine, namesSender, isSignOff, isDisclaimerLine, isRegisterLine, isProse, continuesProse } from "./locate";
export type { SenderBlock } from "./locate";
export { sectionRoles, sectionRoleOf, type SectionRole } from "./sections";
