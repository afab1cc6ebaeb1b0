// "Công tác <topic>" opens a clause about a line of work, whose events are then counted bare: "Công tác phổ biến,
// giáo dục pháp luật được lồng ghép … với hơn 5.600 buổi tuyên truyền". The topic ends at the verb said of it.
const TOPIC = /(?:^|[,:]\s*)công tác\s+(.+?)(?=\s+(?:được|đã|đang|với|có|tiếp tục|luôn|cũng|là|trong|tại|ở|thông qua|qua|gắn)(?![\p{L}])|$)/iu;
/** At most this many words of a topic name a measure. */
const MAX_TOPIC = 6;

/**
 * The line of work a clause opens with ("Công tác phổ biến, giáo dục pháp luật …" gives "phổ biến, giáo dục pháp
 * luật"), as written, for naming the events it counts without saying what they were about; "" when it opens with
 * none.
 */
export function topicOf(before: string): string {
  const m = TOPIC.exec(before);
  if (!m || /\d/.test(m[1]!)) return "";
  return m[1]!.split(/\s+/).slice(0, MAX_TOPIC).join(" ").replace(/[,;:]+$/u, "");
}
