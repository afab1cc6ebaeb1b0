/** The text with its first letter in capitals, for a claim that opens a sentence ("Chỉ Hà Tĩnh…", "Only Hà Tĩnh…"). */
export const sentenceStart = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
