/** The few words charts draw or announce themselves (each language fills them in its dictionary); everything else comes in with the data. */
export interface ChartWords {
  seeSource: string;
  seeDetails: string;
  pickBar: string;
  pickCell: string;
  pickProvince: string;
  vietnam: string;
  archipelagos: [string, string];
}
