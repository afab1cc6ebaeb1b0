import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatNumber } from "../../src/lib/format/formatNumber.ts";

/** A small seeded random generator (mulberry32): the same seed gives the same provinces on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Metrics a synthetic province may report, with the noun its quote uses, and whether it is a share.
const METRICS: [string, string, boolean][] = [
  ["models", "mô hình", false],
  ["campaign_launches", "đợt phát động", false],
  ["campaign_participant_turns", "lượt người tham gia", false],
  ["mass_organisations", "tổ chức quần chúng", false],
  ["mediation_groups", "tổ hòa giải", false],
  ["safe_residential_share", "khu dân cư đạt chuẩn", true],
  ["award_ppc_chair_collective", "tập thể được khen", false],
  ["award_ppc_chair_individual", "cá nhân được khen", false],
  ["award_police_director_collective", "tập thể được tặng giấy khen", false],
  ["criminal_gangs_dismantled", "ổ nhóm bị triệt phá", false],
];

/**
 * Replaces a project copy's provinces with `count` synthetic ones (fixed seed): each with a story and its
 * English edition, a source and a random half of the metrics, as an editor would write them. For build benchmarks only.
 */
export function writeSyntheticProvinces(dir: string, count: number, seed = 9): void {
  const next = random(seed);
  for (const folder of ["content/provinces", "content/en/provinces"]) {
    for (const name of readdirSync(join(dir, folder))) rmSync(join(dir, folder, name));
  }
  for (const name of readdirSync(join(dir, "data/results"))) rmSync(join(dir, "data/results", name));
  const sources = ["id,province,outlet,title,published,event_date,author,url,archive,note,note_en"];
  for (let i = 1; i <= count; i++) {
    const slug = `tinh-thu-${i}`;
    const name = `Tỉnh Thử ${String.fromCharCode(65 + (i % 26))}${i}`;
    const rows = ["metric,value,qualifier,source,quote,note,note_en"];
    const reported: string[] = [];
    for (const [metric, noun, share] of METRICS) {
      if (next() < 0.5) continue;
      const value = share ? 50 + Math.floor(next() * 50) : 1 + Math.floor(next() ** 3 * 100_000);
      const written = formatNumber(value);
      rows.push(`${metric},${value},exact,${slug}-1,"toàn tỉnh có ${written}${share ? "%" : ""} ${noun}",,`);
      reported.push(metric);
    }
    const lat = 8.6 + next() * 14.8;
    const lon = 102.5 + next() * 6.5;
    sources.push(`${slug}-1,${slug},Báo Thử,Bài thử ${i},2023-06-01,2023-05-30,,,${slug}-1.txt,Bài tổng hợp cho phép đo.,A made-up article for the benchmark.`);
    // Its article, in the project's own archive folder, so the build verifies every quote as it would an editor's.
    mkdirSync(join(dir, "archive"), { recursive: true });
    writeFileSync(join(dir, "archive", `${slug}-1.txt`), `${rows.slice(1).map((r) => `${/"(.*)"/.exec(r)![1]}.`).join("\n")}\n`);
    writeFileSync(join(dir, "data/results", `${slug}.csv`), `${rows.join("\n")}\n`);
    writeFileSync(
      join(dir, "content/provinces", `${slug}.mdx`),
      `---
name: ${name}
slug: ${slug}
region: Vùng thử
capital: Thị xã thử
coordinates: { lat: ${lat.toFixed(2)}, lon: ${lon.toFixed(2)} }
event: { kind: review, title: Hội nghị tổng kết, date: 2023-05-30 }
headline: Một tỉnh tổng hợp để đo tốc độ dựng trang
summary: Một tỉnh tổng hợp, chỉ để đo tốc độ dựng trang.
sources: [${slug}-1]
highlights: [${reported.slice(0, 2).join(", ")}]
after_2025: { province: ${name}, merged_with: [] }
---

## Tỉnh đã báo cáo những gì

${reported.map((m) => `Chỉ số ${m}: <Fig metric="${m}" />.`).join("\n\n")}
`,
    );
    writeFileSync(
      join(dir, "content/en/provinces", `${slug}.mdx`),
      `---
slug: ${slug}
region: Test region
event: { title: Review conference }
headline: A made-up province to time the build
summary: A made-up province, only to measure how fast pages are built.
---

## What the province reported

${reported.map((m) => `Measure ${m}: <Fig metric="${m}" />.`).join("\n\n")}
`,
    );
  }
  writeFileSync(join(dir, "data/sources.csv"), `${sources.join("\n")}\n`);
}
