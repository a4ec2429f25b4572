import { readResponsibility, splitUnits } from "../../src/core";

const lead = (t: string) => readResponsibility(t, "lead");

describe("units split from prose (spec: Items, lead and support)", () => {
  test.each([
    [
      "Văn phòng chủ trì, phối hợp các phòng, đơn vị trực thuộc thực hiện",
      ["Văn phòng"],
      ["Các phòng, đơn vị trực thuộc"],
    ],
    ["Tất cả các phòng, đơn vị trực thuộc thực hiện", ["Tất cả các phòng, đơn vị trực thuộc"], []],
    ["Các bộ, ngành, địa phương", ["Các bộ, ngành, địa phương"], []],
    ["Bộ, ngành, địa phương", ["Bộ, ngành, địa phương"], []],
    ["Bộ Văn hóa, Thể thao và Du lịch", ["Bộ Văn hóa, Thể thao và Du lịch"], []],
    ["Bộ Khoa học và Công nghệ", ["Bộ Khoa học và Công nghệ"], []],
    ["VTV, VOV, TTXVN, các địa phương", ["VTV", "VOV", "TTXVN", "Các địa phương"], []],
    ["Văn phòng, Ban Quản lý dự án hạ tầng", ["Văn phòng", "Ban Quản lý dự án hạ tầng"], []],
    ["Bộ Khoa học và Công nghệ và các địa phương", ["Bộ Khoa học và Công nghệ", "Các địa phương"], []],
    ["Sở Nội vụ, CSDL chuyên ngành", ["Sở Nội vụ, CSDL chuyên ngành"], []],
    ["Phong Noi vu, Van phong", ["Phong Noi vu", "Van phong"], []],
    [
      "Văn thư, Chuyên viên, Công chức, Cán bộ, Lãnh đạo, Tổ, Đội, Nhóm",
      ["Văn thư", "Chuyên viên", "Công chức", "Cán bộ", "Lãnh đạo", "Tổ", "Đội", "Nhóm"],
      [],
    ],
    ["Phòng Nội vụ; Phòng Nội vụ", ["Phòng Nội vụ"], []],
    // The verb that assigns the work is no part of the unit.
    ["Giao Phòng Nội vụ chủ trì, phối hợp các cơ quan liên quan", ["Phòng Nội vụ"], ["Các cơ quan liên quan"]],
    ["Đề nghị Ban Tuyên giáo Huyện ủy", ["Ban Tuyên giáo Huyện ủy"], []],
    ["Giao thông vận tải", ["Giao thông vận tải"], []],
    ["Văn phòng thực hiện.", ["Văn phòng"], []],
    ["Phòng Tư pháp chủ trì, phối hợp Phòng Nội vụ", ["Phòng Tư pháp"], ["Phòng Nội vụ"]],
    ["Phòng Tư pháp phối hợp với Phòng Nội vụ", ["Phòng Tư pháp"], ["Phòng Nội vụ"]],
    ["Phòng Tư pháp phối hợp thực hiện", [], ["Phòng Tư pháp"]],
  ])("%s", (text, wantLead, wantSupport) => {
    expect(lead(text)).toEqual({ lead: wantLead, support: wantSupport });
  });
});

describe("units: README decisions 7-10", () => {
  test("kind words ignore the case of other letters and tone placement, as whole words", () => {
    expect(lead("Phòng Nội vụ, Văn Phòng").lead).toEqual(["Phòng Nội vụ", "Văn Phòng"]);
    expect(lead("Phòng Nội vụ, Uỷ ban nhân dân xã").lead).toEqual(["Phòng Nội vụ", "Uỷ ban nhân dân xã"]);
    expect(lead("Sở Khoa học, Công nghệ").lead).toEqual(["Sở Khoa học, Công nghệ"]);
    expect(lead("Phòng Kế hoạch, Tổng hợp").lead).toEqual(["Phòng Kế hoạch, Tổng hợp"]);
  });
  test("'các' and 'tất cả' count in any case; 'cac' without diacritics counts", () => {
    expect(lead("Van thu, cac phong chuyen mon giai quyet TTHC").lead).toEqual([
      "Van thu",
      "Cac phong chuyen mon giai quyet TTHC",
    ]);
    expect(lead("Văn phòng, tất cả các phòng").lead).toEqual(["Văn phòng", "Tất cả các phòng"]);
  });
  test("' va ' separates only in a cell typed without diacritics", () => {
    expect(lead("Van phong va cac phong").lead).toEqual(["Van phong", "Cac phong"]);
    expect(lead("Phòng Nội vụ va Phòng Tư pháp").lead).toEqual(["Phòng Nội vụ va Phòng Tư pháp"]);
  });
  test("prose line by line: bullets and in-cell numbers stripped", () => {
    expect(lead("3.1 Phòng Nội vụ\n3.2 Phòng Tư pháp\n3.3 Phòng Văn hóa - Thông tin").lead).toEqual([
      "Phòng Nội vụ",
      "Phòng Tư pháp",
      "Phòng Văn hóa - Thông tin",
    ]);
    expect(lead("- Văn phòng chủ trì tham mưu;\n- Các phòng, đơn vị trực thuộc phối hợp thực hiện.")).toEqual({
      lead: ["Văn phòng"],
      support: ["Các phòng, đơn vị trực thuộc"],
    });
    expect(lead("+ Bưu điện huyện\n+ UBND các xã, thị trấn").lead).toEqual(["Bưu điện huyện", "UBND các xã, thị trấn"]);
  });
  test("'X phối hợp Y thực hiện' without 'với' when Y starts a unit", () => {
    expect(lead("Văn phòng (Bộ phận Kế toán) phối hợp các phòng thực hiện.")).toEqual({
      lead: ["Văn phòng (Bộ phận Kế toán)"],
      support: ["Các phòng"],
    });
  });
  test("'X chủ trì, Y phối hợp thực hiện'", () => {
    expect(lead("Phòng Nội vụ chủ trì, Phòng Tư pháp phối hợp thực hiện")).toEqual({
      lead: ["Phòng Nội vụ"],
      support: ["Phòng Tư pháp"],
    });
  });
  test("what follows the verb and names no unit is not a unit", () => {
    expect(lead("Tất cả các phòng, đơn vị trực thuộc thực hiện nhiệm vụ được giao.").lead).toEqual([
      "Tất cả các phòng, đơn vị trực thuộc",
    ]);
    expect(lead("- Văn phòng HĐND-UBND huyện chủ trì theo dõi, đôn đốc")).toEqual({
      lead: ["Văn phòng HĐND-UBND huyện"],
      support: [],
    });
  });
  test("in a support column every unit named is a support", () => {
    expect(
      readResponsibility(
        "- Văn phòng HĐND-UBND huyện thực hiện.\n- Các phòng ban, đơn vị có giải quyết TTHC và UBND các xã, thị trấn phối hợp cung cấp thông tin.",
        "support",
      ),
    ).toEqual({
      lead: [],
      support: ["Văn phòng HĐND-UBND huyện", "Các phòng ban, đơn vị có giải quyết TTHC", "UBND các xã, thị trấn"],
    });
  });
  test("commas and 'và' inside parentheses never split", () => {
    expect(lead("Bưu điện huyện (Bộ phận tiếp nhận và trả kết quả, Văn phòng)").lead).toEqual([
      "Bưu điện huyện (Bộ phận tiếp nhận và trả kết quả, Văn phòng)",
    ]);
  });
  test("the first letter is capitalised; ';' always separates", () => {
    expect(splitUnits("bưu điện huyện; các cơ quan chuyên môn", false)).toEqual([
      "Bưu điện huyện",
      "Các cơ quan chuyên môn",
    ]);
  });
  test("empty and odd cells give no units", () => {
    expect(lead("")).toEqual({ lead: [], support: [] });
    expect(lead(" - ; , ")).toEqual({ lead: [], support: [] });
  });
});

describe("kind words compare with their diacritics (tone placement aside)", () => {
  test("'Vũ' is not 'Vụ', 'Tô' is not 'Tổ'", () => {
    expect(lead("Phòng Nội vụ, Vũ Văn An").lead).toEqual(["Phòng Nội vụ, Vũ Văn An"]);
    expect(lead("Văn phòng, Tô Văn Bình").lead).toEqual(["Văn phòng, Tô Văn Bình"]);
    expect(lead("Văn phòng, Vụ Pháp chế").lead).toEqual(["Văn phòng", "Vụ Pháp chế"]);
  });
  test("old and new tone placement agree", () => {
    expect(lead("Văn phòng, Toà án nhân dân huyện").lead).toEqual(["Văn phòng", "Toà án nhân dân huyện"]);
    expect(lead("Văn phòng, Ủy ban MTTQ").lead).toEqual(["Văn phòng", "Ủy ban MTTQ"]);
  });
});

describe("verbs written as labels", () => {
  test("'Chủ trì: X' and 'Phối hợp: Y' lines", () => {
    expect(lead("- Chủ trì: Sở Nội vụ\n- Phối hợp: các sở, ngành, địa phương")).toEqual({
      lead: ["Sở Nội vụ"],
      support: ["Các sở, ngành, địa phương"],
    });
  });
  test("'Cơ quan chủ trì: X; Cơ quan phối hợp: Y' on one line", () => {
    expect(lead("Cơ quan chủ trì: Sở Tư pháp; Cơ quan phối hợp: Sở Nội vụ, Văn phòng UBND tỉnh")).toEqual({
      lead: ["Sở Tư pháp"],
      support: ["Sở Nội vụ", "Văn phòng UBND tỉnh"],
    });
  });
  test("'Phối hợp: địa phương' keeps what follows even when it names no kind of unit", () => {
    expect(lead("Chủ trì: Phòng Nội vụ\nPhối hợp: địa phương")).toEqual({
      lead: ["Phòng Nội vụ"],
      support: ["Địa phương"],
    });
  });
});

test("verbs in brackets: 'X (chủ trì), Y (phối hợp)'", () => {
  expect(lead("Văn phòng (chủ trì), các phòng chuyên môn (phối hợp)")).toEqual({
    lead: ["Văn phòng"],
    support: ["Các phòng chuyên môn"],
  });
  expect(lead("Phòng Nội vụ (chủ trì)")).toEqual({ lead: ["Phòng Nội vụ"], support: [] });
});

test("'X - chủ trì; Y - phối hợp'", () => {
  expect(lead("Phòng Nội vụ - chủ trì; Phòng Tư pháp - phối hợp")).toEqual({
    lead: ["Phòng Nội vụ"],
    support: ["Phòng Tư pháp"],
  });
});

describe("units: chỉ đạo, '/', bracketed remarks, office codes, đoàn (spec: Items)", () => {
  test.each([
    ["UBND tỉnh chỉ đạo Sở Y tế và UBND các huyện thực hiện", ["UBND tỉnh"], ["Sở Y tế", "UBND các huyện"]],
    ["UBND huyện chỉ đạo", ["UBND huyện"], []],
    ["Ban Chỉ đạo 389 tỉnh chủ trì, phối hợp Sở Công Thương", ["Ban Chỉ đạo 389 tỉnh"], ["Sở Công Thương"]],
    ["Vụ Kế hoạch - Tài chính/ Ban Quản lý quy hoạch", ["Vụ Kế hoạch - Tài chính", "Ban Quản lý quy hoạch"], []],
    ["Phòng Nội vụ /Phòng Tư pháp", ["Phòng Nội vụ", "Phòng Tư pháp"], []],
    ["HĐND/UBND xã", ["HĐND/UBND xã"], []],
    ["Sở Xây dựng/các công ty quản lý lĩnh vực", ["Sở Xây dựng", "Các công ty quản lý lĩnh vực"], []],
    ["Chủ tịch/Phó Chủ tịch HĐND xã", ["Chủ tịch/Phó Chủ tịch HĐND xã"], []],
    ["Bộ Tư pháp (NĐ do Bộ Lao động - Thương binh và Xã hội chủ trì, Bộ Tư pháp phối hợp)", ["Bộ Tư pháp"], []],
    ["Bộ Tư pháp (NĐ do Bộ Lao động chủ trì, …", ["Bộ Tư pháp"], []],
    ["Văn phòng (Bộ phận Kế toán)", ["Văn phòng (Bộ phận Kế toán)"], []],
    ["Phòng Nội vụ (chủ trì), Phòng Tư pháp (phối hợp)", ["Phòng Nội vụ"], ["Phòng Tư pháp"]],
    ["P2, P3", ["P2", "P3"], []],
    ["Công an tỉnh, PC06, P2", ["Công an tỉnh", "PC06", "P2"], []],
    ["Sở Nội vụ, Tỉnh đoàn", ["Sở Nội vụ", "Tỉnh đoàn"], []],
    ["Phòng Văn hóa, Huyện đoàn, Hội Phụ nữ", ["Phòng Văn hóa", "Huyện đoàn", "Hội Phụ nữ"], []],
    ["Thành đoàn và Sở Giáo dục", ["Thành đoàn", "Sở Giáo dục"], []],
  ])("%s", (text, wantLead, wantSupport) => {
    expect(lead(text)).toEqual({ lead: wantLead, support: wantSupport });
  });
});

describe("units: lines a narrow column wrapped mid-name, labels, assigning verbs", () => {
  test.each([
    ["Sở Nông nghiệp và\nMôi trường", ["Sở Nông nghiệp và Môi trường"], []],
    ["UBND các xã,\nphường", ["UBND các xã, phường"], []],
    ["Sở\nKHCN", ["Sở KHCN"], []],
    ["Tập đoàn\nViettel", ["Tập đoàn Viettel"], []],
    ["Sở Tài chính,\nSở Khoa học và\nCông nghệ", ["Sở Tài chính", "Sở Khoa học và Công nghệ"], []],
    ["Thanh tra tỉnh\nCông an tỉnh", ["Thanh tra tỉnh", "Công an tỉnh"], []],
    ["- Thành phần: Ban lãnh đạo cơ quan.", ["Ban lãnh đạo cơ quan"], []],
    ["Đề nghị phối hợp\nvới các Bộ, ngành\nliên quan", [], ["Các Bộ, ngành liên quan"]],
  ])("%s", (text, wantLead, wantSupport) => {
    expect(lead(text)).toEqual({ lead: wantLead, support: wantSupport });
  });
  test("a bracketed verb in a support column is a remark", () => {
    expect(readResponsibility("Ban Công tác mặt trận thôn (Chủ trì) và cử tri các thôn", "support")).toEqual({
      lead: [],
      support: ["Ban Công tác mặt trận thôn và cử tri các thôn"],
    });
  });
});
