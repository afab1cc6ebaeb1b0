// One file per language, by design: a third language is one new file like this one. It runs past the
// project's ~250-line module guide because it holds every word of the edition (pages, charts, labels, claims).
import { type ClaimWords, MAX_NAMES } from "./claimWords.ts";
import type { Dictionary } from "./dictionary.ts";
import { measureName } from "./measureName.ts";
import { sentenceStart } from "./sentenceStart.ts";

const NUMBER_WORDS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];
/** Small counts in words (up to ten), larger ones in digits, as the style guide writes them. */
const words = (n: number) => NUMBER_WORDS[n] ?? String(n);
/** "A, B và C". */
const andList = (names: readonly string[]) => (names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} và ${names.at(-1)}`);

/** Claims computed from the data, in Vietnamese ("chỉ Hà Tĩnh", "cả bốn tỉnh", "1 trong 4 tỉnh"). */
const claims: ClaimWords = {
  reporters: (names, total, others) => {
    const n = names.length;
    if (n === 0) return others ? "không tỉnh nào khác" : "không tỉnh nào";
    if (n === total && total >= 2) return claims.reporterCount(n, total, others);
    if (n === 1) return `chỉ ${names[0]}`;
    if (n <= MAX_NAMES) return andList(names);
    return claims.reporterCount(n, total, others);
  },
  reporterCount: (count, total, others) => {
    if (count === 0) return others ? "không tỉnh nào khác" : "không tỉnh nào";
    if (count === total && total >= 2) return `cả ${claims.provinceCount(total, others)}`;
    if (count === total) return others ? "tỉnh còn lại" : "tỉnh duy nhất";
    return `${count} trong ${total} tỉnh${others ? " còn lại" : ""}`;
  },
  provinceCount: (total, others) => `${words(total)} tỉnh${others ? " còn lại" : ""}`,
};

/** Every word of the site in Vietnamese, the first edition. */
export const vi: Dictionary = {
  siteName: "Chương trình 09: mười năm nhìn lại",
  siteShort: "Chương trình 09",
  siteTagline: "mười năm nhìn lại",
  feedTitle: "Chương trình 09: các câu chuyện",
  feedDescription: "Các tỉnh báo cáo gì sau mười năm Chương trình phối hợp số 09: số liệu, nguồn và những điều không so sánh được.",
  skipLink: "Bỏ qua, đến nội dung chính",
  navLabel: "Chính",
  nav: { home: "Trang chủ", compare: "So sánh các tỉnh", method: "Nguồn và phương pháp", search: "Tìm kiếm" },
  menu: { compare: "So sánh", provinces: "Các tỉnh", method: "Cách làm", search: "Tìm kiếm" },
  homeTitle: "Mười năm Chương trình 09 qua báo cáo các tỉnh",
  switchLabel: "English",
  switchTitle: "Read this page in English",
  footerTrace: "Mọi con số trên trang đều dẫn về câu văn của bài báo đã nêu nó. Điều một tỉnh không báo cáo được ghi là “không báo cáo”, không bao giờ là số 0.",
  footerBefore2025: "Số liệu là của các tỉnh trước khi sắp xếp đơn vị hành chính năm 2025.",
  corrections: "Đính chính",
  corrected: "đã đính chính",
  source: "nguồn",
  sources: "Nguồn",
  charts: "Biểu đồ",
  figuresAndSources: "Mọi con số và nguồn",
  showAllFigures: (count) => `Xem cả ${count} con số, mỗi số với câu nguồn đã nêu nó`,
  notReportedLine: (province, count) => `Có ${count} loại số liệu tỉnh khác nêu mà bài về ${province} không nhắc đến; không nhắc đến không có nghĩa là bằng 0.`,
  notReportedLink: "Xem bảng tổng quan",
  aboutSource: "về bài này",
  mergerUnchanged: (province) => `${province} giữ nguyên địa giới sau đợt sắp xếp tỉnh năm 2025.`,
  mergerMerged: (province, into, others) =>
    into === province
      ? `Từ 1/7/2025, ${province} hợp nhất với ${andList(others)}, giữ tên ${province}. Số liệu ở đây là của tỉnh ${province} cũ.`
      : `Từ 1/7/2025, ${andList([province, ...others.filter((o) => o !== into), ...(others.includes(into) ? [into] : [])])} hợp nhất thành tỉnh ${into}. Số liệu ở đây là của tỉnh ${province} cũ.`,
  table: { metric: "Chỉ số", value: "Số liệu", stated: "Nguồn nêu", provinceOrMetric: "Tỉnh / chỉ số" },
  chart: {
    dataCsv: "Dữ liệu (CSV)",
    chartSvg: "Biểu đồ (SVG)",
    imagePng: "Ảnh (PNG)",
    cite: "Trích dẫn",
    updated: "cập nhật",
    embed: "Nhúng biểu đồ vào trang khác",
    embedCopy: "Chép đoạn mã này vào trang của bạn:",
    tableSummary: "Bảng số liệu của biểu đồ",
    tableLabel: (title) => `Bảng: ${title}`,
    scrollLabel: (title, narrow) => `${title} (bản ${narrow ? "hẹp" : "rộng"}, cuộn ngang)`,
    embedDescription: (title) => `Biểu đồ “${title}” của Chương trình 09: mười năm nhìn lại, để nhúng vào trang khác.`,
  },
  notStated: "không rõ",
  noCount: "không nêu số",
  dataFiles: { metrics: "từ điển chỉ số", sources: "các bài báo làm nguồn", results: (province) => `số liệu của ${province}` },

  framing: {
    label: "Số liệu này là gì",
    story: ["Đây là những con số các tỉnh tự báo cáo, qua báo chí nhà nước; mỗi số dẫn về đúng câu văn đã nêu nó. ", { text: "Cách làm", to: "method" }, "."],
    full: [
      "Mọi con số ở đây do chính quyền và công an các tỉnh tự báo cáo tại hội nghị tổng kết hay buổi làm việc, rồi được báo chí nhà nước đưa tin; chưa ai kiểm chứng độc lập. Chúng tôi bảo đảm mỗi con số đúng như bài báo viết và dẫn về đúng câu văn ấy, không bảo đảm nó đúng với thực tế: “trên 95% an toàn” là lời tỉnh tự đánh giá, không phải kết quả đo đạc. ",
      { text: "Cách chúng tôi làm", to: "method" },
      ".",
    ],
  },
  home: {
    description: "Bốn tỉnh tổng kết mười năm Chương trình phối hợp 09 về phong trào toàn dân bảo vệ an ninh Tổ quốc: số mô hình, đợt phát động và khen thưởng mỗi tỉnh báo cáo, đặt cạnh nhau.",
    kicker: "Chương trình 09 · 2013–2023",
    finding: (s) => {
      const many = sentenceStart(words(s.provinces));
      const headline =
        s.comparable.length === 0
          ? `${many} tỉnh tổng kết mười năm, không có hai tỉnh nào đếm cùng một thứ`
          : `${many} tỉnh tổng kết mười năm; ${words(s.comparable.length)} chỉ số có số của hơn một tỉnh`;
      const sentence =
        s.shared.length === 0
          ? `Các tỉnh nêu ${s.measures} chỉ số, nhưng không chỉ số nào có số của hơn một tỉnh. Bảng dưới đây cho thấy tỉnh nào nêu gì.`
          : `Các tỉnh nêu ${s.measures} chỉ số; chỉ ${s.shared.length} chỉ số có số của hơn một tỉnh${s.comparable.length === 0 ? ", và mỗi tỉnh đếm theo cách riêng" : ""}. Bảng dưới đây cho thấy tỉnh nào nêu gì.`;
      return { headline, sentence };
    },
    standfirst: "Năm 2013, Bộ Công an và Mặt trận Tổ quốc Việt Nam ký Chương trình phối hợp số 09 để người dân cùng giữ an ninh, trật tự nơi mình sống, qua các đợt phát động và các “mô hình” tự quản ở cơ sở. Mười năm sau, mỗi tỉnh tự tổng kết bằng những con số của riêng mình.",
    provincesHeading: "Câu chuyện từng tỉnh",
    provinceCount: (n, given = []) => `${n} con số${given.length ? ` nêu ${given.join(" và ")}` : ""}`,
  },
  compare: {
    headline: (s) =>
      s.shared.length === 0
        ? "Các tỉnh không có chỉ số nào chung"
        : s.comparable.length === 0
          ? s.shared.length === 1
            ? `Các tỉnh chỉ cùng nêu số ${measureName(s.shared[0]!.label_vi)}, và mỗi tỉnh đếm một kiểu`
            : `Các tỉnh chỉ có ${words(s.shared.length)} chỉ số chung, và mỗi tỉnh đếm một kiểu`
          : `${sentenceStart(words(s.comparable.length))} chỉ số so được giữa các tỉnh`,
    description: "Số mô hình, đợt phát động, lượt người dự và khen thưởng mà mỗi tỉnh báo cáo sau mười năm Chương trình 09, đặt cạnh nhau, với chỗ không báo cáo ghi rõ.",
    lede: [
      "Mỗi tỉnh tự chọn con số để tổng kết, nên phần lớn chỉ đứng cạnh nhau chứ không so được với nhau. Mỗi tỉnh đếm gì: ",
      { text: "định nghĩa các chỉ số", to: "method", anchor: "chi-so" },
      ".",
    ],
  },
  method: {
    description: "Các bài báo làm nguồn, định nghĩa từng chỉ số, cách đọc “trên”, “gần”, “không nêu số lượng”, và những gì không so sánh được giữa các tỉnh.",
    summaryHeading: "Tóm tắt",
    summary: [
      ["Mọi con số lấy từ bài báo tường thuật hội nghị tổng kết mười năm hay một buổi kiểm tra ở từng tỉnh, và dẫn về đúng câu văn đã nêu nó."],
      ["Chúng tôi không thêm số lượng, năm hay địa chỉ bài mà bài báo không ghi; khi không xác định được năm, trang ghi “không rõ năm”."],
      ["Các tỉnh đếm những thứ khác nhau, nên không con số nào được xếp hạng hay cộng dồn giữa các tỉnh."],
    ],
    readingHeading: "Cách đọc một con số",
    notReportedMeaning: "Nguồn về tỉnh đó không nhắc đến chỉ số này. Điều đó không có nghĩa là con số bằng 0.",
    numbers: "Số viết theo kiểu Việt Nam: dấu chấm ngăn hàng nghìn (114.924), dấu phẩy ngăn phần thập phân (2,2). Ngày viết ngày/tháng/năm.",
    compareHeading: "Điều gì so sánh được, điều gì không",
    compareItems: [
      { term: "Số mô hình", text: "mỗi tỉnh đếm một thứ khác nhau (mọi mô hình xây mới và duy trì; riêng mô hình “tự phòng, tự quản”; mô hình quần chúng ở cơ sở). Chúng được đặt cạnh nhau kèm định nghĩa, không xếp hạng." },
      { term: "Thời điểm", text: "phần lớn con số là tổng kết mười năm (2013–2023); số liệu về Thái Nguyên là những gì tỉnh có vào lúc một buổi kiểm tra, không rõ năm." },
      { term: "Lượt người", text: "không phải số người: một người dự nhiều đợt được đếm nhiều lần." },
      { term: "Khen thưởng", text: "bằng khen của Chủ tịch UBND tỉnh, bằng khen của Ủy ban MTTQ tỉnh và giấy khen của Giám đốc Công an tỉnh do những nơi khác nhau trao; không bao giờ cộng chúng lại." },
      { term: "Kết quả đấu tranh phòng chống tội phạm", text: "của Hà Nam là kết quả công tác của Công an tỉnh trong mười năm, không phải kết quả riêng của Chương trình 09." },
      { term: "Sắp xếp tỉnh năm 2025", text: "Nghị quyết 202/2025/QH15 được Quốc hội thông qua ngày 12/6/2025; chính quyền các tỉnh mới hoạt động từ 1/7/2025. Mọi con số trên trang là của các tỉnh trước khi sắp xếp." },
    ],
    glossaryHeading: "Thuật ngữ, tiếng Việt và tiếng Anh",
    glossaryLede: "Mỗi thuật ngữ có một cách dịch duy nhất trong bản tiếng Anh.",
    sourcesHeading: "Các bài báo làm nguồn",
    measuresHeading: "Các chỉ số",
    measuresLede: "Mở một nhóm để xem định nghĩa từng chỉ số.",
    labels: { province: "Tỉnh", outlet: "Báo", author: "Tác giả", published: "Ngày đăng", event: "Ngày sự kiện", url: "Địa chỉ", id: "Mã nguồn", untitled: "(không có tiêu đề)", unit: "Đơn vị", compare: "So sánh", count: "số đếm" },
    downloadHeading: "Tải dữ liệu",
    downloadLede: "Các tệp CSV (UTF-8), cùng các cột biên tập viên soạn: mỗi dòng một con số, kèm nguồn và câu trích.",
    zip: "toàn bộ dữ liệu, kèm README mô tả từng cột, từng chỉ số và từng nguồn",
  },
  search: {
    description: "Tìm tỉnh, câu chuyện và chỉ số, có dấu hoặc không dấu.",
    lede: "Gõ tên tỉnh, một chỉ số hay một từ trong câu chuyện, có dấu hoặc không dấu (ví dụ “ha tinh”, “dan van kheo”).",
    label: "Từ cần tìm",
    button: "Tìm",
    everyPage: "Mọi trang",
    noJs: "Tìm kiếm cần JavaScript. Không có JavaScript, đây là tất cả các trang của chúng tôi:",
  },
  correctionsPage: {
    description: "Mọi con số đã được sửa sau khi đăng: sửa khi nào, từ con số nào sang con số nào, và vì sao.",
    lede: "Khi một con số đã đăng được sửa, chúng tôi ghi lại ở đây: ngày sửa, con số cũ, con số mới và lý do. Con số đã sửa trên các trang mang dấu “đã đính chính” dẫn về mục tương ứng.",
    none: "Chưa có đính chính nào.",
    from: "từ",
    to: "thành",
  },
  notFound: {
    title: "Không tìm thấy trang",
    description: "Trang bạn tìm không có trên trang này.",
    lede: "Địa chỉ này không có trang nào. Có thể trang đã đổi tên, hoặc địa chỉ bị gõ nhầm.",
    home: "Về trang chủ",
  },

  side: {
    title: "Mô hình, đợt phát động và khen thưởng, từng tỉnh",
    subtitle: (t) => {
      // Names for one province, a count for more (the table under it names them): the takeaway stays short.
      const who = (names: readonly string[]) => sentenceStart(names.length === 1 ? claims.reporters(names, t.total, false) : claims.reporterCount(names.length, t.total, false));
      const models = t.models.length === 0 ? "Không tỉnh nào nêu số mô hình." : `${who(t.models)} nêu số mô hình${t.modelsDiffer && t.models.length > 1 ? ", mỗi tỉnh đếm một loại" : ""}.`;
      const campaigns = t.campaigns.length === 0 ? "Không tỉnh nào đếm đợt phát động." : `${who(t.campaigns)} đếm đợt phát động.`;
      const awards =
        t.awards.length === 0
          ? "Không tỉnh nào nêu số được khen."
          : `${who(t.awards)} nêu số tập thể, cá nhân được khen${!t.awardsShared && t.awards.length > 1 ? ", nhưng không nơi trao nào có số của hai tỉnh" : ""}.`;
      return `${models} ${campaigns} ${awards}`;
    },
    topics: { models: "Mô hình", campaigns: "Phát động phong trào", awards: "Khen thưởng, theo nơi trao" },
    awardFrom: (body) => `Khen thưởng: ${body}`,
    awardMissing: (bodies) => `khen của ${bodies.join(", ")}`,
    notReported: (what) => `Không báo cáo: ${what.join("; ")}.`,
    province: "Tỉnh",
    note: "“Có, không nêu số lượng”: bài báo có nhắc đến nhưng không đếm. “Không báo cáo”: bài không nhắc đến, không có nghĩa là bằng 0. UBND: Ủy ban nhân dân; MTTQ: Mặt trận Tổ quốc.",
    more: "Từng con số, kèm câu nguồn, ở trang so sánh",
  },
  figures: {
    tableColumns: ["Số liệu", "Nguồn viết", "Bài báo"],
    modelsTitle: "Số mô hình mỗi tỉnh nêu",
    campaignsTitle: "Đợt phát động và lượt người dự",
    awardsTitle: "Khen thưởng, theo nơi trao",
    matrixTitle: "Mỗi tỉnh báo cáo gì",
    mapTitle: "Các tỉnh trên bản đồ",
    groupTitle: (province, group) => `${group} ở ${province}`,
    differingSubtitle: (stated, missing) => `${stated} — nhưng mỗi tỉnh đếm theo cách riêng nên các con số không so sánh được với nhau${missing ? `; ${missing} không báo cáo` : ""}.`,
    groupSubtitle: "Mỗi con số đếm một thứ khác, nên đứng riêng chứ không chung một thang.",
    groupOne: "Mục này có một con số.",
    awardsSubtitle: (stated, total, counted) =>
      `${stated} trong ${total} tỉnh nhắc đến khen thưởng, ${counted === 0 ? "không tỉnh nào có số lượng" : `${counted} tỉnh có số lượng`}. Tập thể và cá nhân đứng cạnh nhau, không cộng lại.`,
    awardLevelsNote: "Mỗi nơi trao khen một khung, các khung chung một thang: thanh dài hơn là nhiều tập thể, cá nhân hơn. Khen của các nơi khác nhau không cộng với nhau.",
    matrixSubtitle: (measures, shared, differing) =>
      shared === 0
        ? `Trong ${measures} chỉ số, không chỉ số nào có số của hơn một tỉnh.`
        : `Trong ${measures} chỉ số, chỉ ${shared} chỉ số có số của hơn một tỉnh${differing === shared ? ", và mỗi tỉnh đếm một kiểu" : ""}.`,
    matrixDescription: (parts, shared) => `${parts}. Chỉ số có con số từ hơn một tỉnh: ${shared}.`,
    matrixPart: (province, stated, total) => `${province} nêu ${stated} trong ${total} chỉ số`,
    matrixSharedNote: (shared, differing) => `${shared === 1 ? "Chỉ số duy nhất" : "Một trong số ít chỉ số"} có số của hơn một tỉnh${differing ? "; mỗi tỉnh đếm một kiểu" : ""}`,
    matrixLegend: ["có con số", "có, không nêu số lượng", "không báo cáo"],
    matrixNote: "Trong ô: “>” là trên, “≥” là ít nhất, “≈” là gần, “~” là khoảng, “≤” là không quá; “có” là nguồn cho biết có nhưng không nêu số lượng; “–” là không báo cáo.",
    coordinates: (lat, lon) => `${lat}° B, ${lon}° Đ`,
    mergedInto: (province) => `thuộc tỉnh ${province} từ 1/7/2025`,
    unchanged: "giữ nguyên",
    capital: (name, coordinates) => `Tỉnh lỵ: ${name}; ${coordinates}`,
    after2025: (what) => `Sau sắp xếp năm 2025: ${what}`,
    mapDescription: (count, places) => `Bản đồ Việt Nam, có quần đảo Hoàng Sa và Trường Sa, đánh dấu ${count} tỉnh: ${places}.`,
    mapSubtitle: (count, north, south) => `${sentenceStart(words(count))} tỉnh, từ ${north} ở phía bắc đến ${south} ở phía nam.`,
    mapNote: "Mỗi chấm đặt ở vị trí gần đúng của tỉnh lỵ; chọn một chấm để mở trang của tỉnh. Bản đồ không vẽ ranh giới tỉnh.",
    mapColumns: ["Tỉnh lỵ", "Tọa độ", "Sau năm 2025"],
    aroundNote: (province, byPlace, around, total) =>
      `Biểu đồ chỉ hiện tối đa ${around} tỉnh: ${byPlace ? `các tỉnh gần ${province} nhất theo thứ tự bắc – nam (chỉ số này không xếp hạng được)` : `các tỉnh xếp hạng quanh ${province}`}; trang so sánh có đủ ${total} tỉnh.`,
    noneReported: (what) => `Không tỉnh nào nêu ${what}.`,
    onlyReported: (province, what) => `Chỉ ${province} nêu ${what}.`,
    someReported: (stated, total, what, missing) => `${stated} trong ${total} tỉnh nêu ${what}${missing ? `; ${missing} không báo cáo` : ""}.`,
    separateScales: "Mỗi chỉ số một khung với thang riêng: hai chỉ số khác nhau không so trên cùng một trục.",
    and: " và ",
    dataAndSharing: "Dữ liệu và chia sẻ",
    definitions: "Định nghĩa các chỉ số",
    copyLink: "Sao chép liên kết",
  },
  chartWords: {
    seeSource: "Xem nguồn.",
    seeDetails: "Xem chi tiết.",
    pickBar: "chọn một thanh để xem nguồn",
    pickCell: "chọn một ô để xem nguồn",
    pickProvince: "chọn một tỉnh",
    vietnam: "(Việt Nam)",
    archipelagos: ["Quần đảo Hoàng Sa", "Quần đảo Trường Sa"],
  },
  labels: {
    groups: {
      models: "Mô hình",
      campaigns: "Phát động phong trào",
      organisations: "Tổ chức quần chúng",
      safety: "Đạt chuẩn “an toàn về an ninh trật tự”",
      police: "Công an chính quy ở xã",
      awards: "Khen thưởng",
      enforcement: "Kết quả đấu tranh phòng chống tội phạm",
    },
    awardLevels: {
      ppc_chair: "Bằng khen của Chủ tịch UBND tỉnh",
      vff_committee: "Bằng khen của Ủy ban MTTQ tỉnh",
      police_director: "Giấy khen của Giám đốc Công an tỉnh",
    },
    awardBodies: { ppc_chair: "Chủ tịch UBND tỉnh", vff_committee: "Ủy ban MTTQ tỉnh", police_director: "Giám đốc Công an tỉnh" },
    recipients: { collective: "Tập thể", individual: "Cá nhân" },
    eventKinds: { review: "Hội nghị tổng kết", inspection: "Buổi kiểm tra" },
    comparable: { yes: "So sánh được: các tỉnh đếm cùng một thứ", caution: "Không so sánh được: mỗi tỉnh đếm một thứ khác" },
    numbersFrom: (who) => `Có số: ${who}; chưa có gì để so sánh`,
  },
  claims,
};
