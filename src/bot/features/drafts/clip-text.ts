// A text cut to `max` characters with an ellipsis, for button labels and long comments.
export const clipText = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
