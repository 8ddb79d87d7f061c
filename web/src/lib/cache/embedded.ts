/** Key for value objects (scores, page info, payloads): stored inside their parent, never on their own. */
export const embedded = () => null;
