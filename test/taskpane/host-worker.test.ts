import * as fs from "fs";
import * as path from "path";
import { MessageChannel, type MessagePort } from "worker_threads";
import { LazyBrowserHost, type HostWorker } from "../../src/browser/lazy";
import { BrowserFileHost } from "../../src/browser/host";
import { HostClient, serveHost, type MessageEnd } from "../../src/browser/protocol";
import { fixtureReport } from "./fake-host";

/**
 * The page's host behind a Web Worker: the message protocol (request/reply, errors, transferred
 * bytes) over a real message channel, and LazyBrowserHost driving the real host through it.
 */

const FIXTURES = path.join(__dirname, "..", "fixtures");
jest.setTimeout(60_000);

function bytesOf(name: string): ArrayBuffer {
  const buf = fs.readFileSync(path.join(FIXTURES, name));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

/** A MessagePort as a worker's end (onmessage with `{ data }`, postMessage with a transfer list). */
function end(port: MessagePort): MessageEnd {
  const e: MessageEnd = {
    onmessage: null,
    postMessage: (message, transfer) => port.postMessage(message, transfer),
  };
  port.on("message", (data) => e.onmessage?.({ data }));
  return e;
}

/** A fake Worker pair: the main side (HostWorker) and the worker side serving `make`'s host. */
function fakeWorker(make: (lang: "vi" | "en") => BrowserFileHost = (lang) => new BrowserFileHost(lang)) {
  const { port1, port2 } = new MessageChannel();
  const main = end(port1) as HostWorker;
  main.onerror = null;
  let terminated = false;
  main.terminate = () => {
    terminated = true;
    port1.close();
    port2.close();
  };
  const langs: string[] = [];
  serveHost(end(port2), (lang) => {
    langs.push(lang);
    return make(lang);
  });
  return { main, langs, terminated: () => terminated };
}

test("request and reply: calls are matched by id, whatever order the replies come in", async () => {
  const { port1, port2 } = new MessageChannel();
  const client = new HostClient(end(port1));
  const worker = end(port2);
  const seen: { id: number; call: string }[] = [];
  worker.onmessage = ({ data }) => {
    const req = data as { id: number; call: string; args: unknown[] };
    seen.push({ id: req.id, call: req.call });
    // Answer the first request last.
    setTimeout(
      () => worker.postMessage({ id: req.id, ok: true, value: `${req.call}:${String(req.args[0])}` }, []),
      req.id === 1 ? 30 : 0,
    );
  };
  const [a, b] = await Promise.all([
    client.call("check", [{ asOf: "2025-01-01" }]),
    client.call("generateSummary", []),
  ]);
  expect(a).toBe("check:[object Object]");
  expect(b).toBe("generateSummary:undefined");
  expect(seen.map((s) => s.call)).toEqual(["check", "generateSummary"]);
  port1.close();
});

test("a host error crosses as its message and name; a dead worker fails every waiting call", async () => {
  const { main } = fakeWorker();
  const client = new HostClient(main);
  const failed = client.call("check", [{ asOf: "2025-01-01" }]);
  await expect(failed).rejects.toThrow("Chưa mở tệp nào. Bấm “Mở tệp Excel” để chọn tệp kế hoạch (.xlsx).");
  await expect(failed).rejects.toMatchObject({ name: "Error" });
  const bad = client.call("openWorkbook", [new Uint8Array([1, 2, 3]).buffer, "ghi-chu.xlsx"]);
  await expect(bad).rejects.toThrow(/không phải là sổ tính Excel/);

  const waiting = new HostClient({ onmessage: null, postMessage: () => undefined });
  const never = waiting.call("check", [{ asOf: "2025-01-01" }]);
  waiting.failAll(new Error("worker died"));
  await expect(never).rejects.toThrow("worker died");
  main.terminate();
});

test("LazyBrowserHost through a worker: the file's bytes are transferred in, the checked copy's out", async () => {
  const expected = fixtureReport("kh-607-bqlkkt-2025");
  const fake = fakeWorker();
  const host = new LazyBrowserHost("en", async () => fake.main);
  expect(await host.inWorker()).toBe(true);
  expect(fake.langs).toEqual(["en"]);

  const data = bytesOf("kh-607-bqlkkt-2025.xlsx");
  expect(data.byteLength).toBeGreaterThan(0);
  await host.openWorkbook(data, "kh-607-bqlkkt-2025.xlsx");
  expect(data.byteLength).toBe(0); // transferred, not copied
  expect(host.currentFileName()).toBe("kh-607-bqlkkt-2025.xlsx");

  const { report, changes } = await host.check({ asOf: expected.asOf, dueSoonDays: 7 });
  expect(report.sheets.map((s) => [s.sheet, s.recognized])).toEqual(
    expected.sheets.map((s) => [s.sheet, s.recognized]),
  );
  expect(changes).toBeNull();

  // The pane reads the preview synchronously right after selectCell.
  expect(host.preview("Phụ lục", "C44")).toBeNull();
  await host.selectCell("Phụ lục", "C44");
  const preview = host.preview("Phụ lục", "C44")!;
  expect(preview.selected).toEqual({ row: 44, column: "C" });
  expect(preview.rows.map((r) => r.row)).toEqual([41, 42, 43, 44, 45, 46, 47]);
  expect(host.preview("Phụ lục", "C45")).toBeNull();
  await expect(host.selectCell("Nowhere", "A1")).rejects.toThrow("There is no sheet “Nowhere” in the open file.");

  const out = await host.exportCheckedWorkbook(report, { asOf: expected.asOf });
  expect(out.fileName).toBe("kh-607-bqlkkt-2025.checked.xlsx");
  expect(out.data).toBeInstanceOf(Uint8Array);
  expect(Buffer.from(out.data.subarray(0, 2)).toString("latin1")).toBe("PK");

  const files = [
    { name: "a.xlsx", data: bytesOf("kh-khong-dau.xlsx") },
    { name: "b.xlsx", data: new Uint8Array([1]).buffer },
  ];
  const consolidated = await host.consolidateFiles(files, { asOf: expected.asOf });
  expect(consolidated.checked).toBe(1);
  expect(consolidated.failures.map((f) => f.file)).toEqual(["b.xlsx"]);
  expect(files[0].data.byteLength).toBe(0);
  const summary = await host.exportConsolidated(consolidated.model);
  expect(summary.fileName).toBe("plans-summary.xlsx");
  await expect(host.generateSummary()).rejects.toThrow(/Download/);
  fake.main.terminate();
});

test("no Worker, or one that cannot start: the real host runs in this thread", async () => {
  const none = new LazyBrowserHost("vi", async () => null);
  expect(await none.inWorker()).toBe(false);
  await none.openWorkbook(bytesOf("kh-khong-dau.xlsx"), "kh-khong-dau.xlsx");
  await none.selectCell("Sheet1", "A1").catch(() => undefined);
  expect((await none.check({ asOf: "2025-06-01" })).report.sheets.length).toBeGreaterThan(0);

  // A worker whose script fails to load reports an error event and never answers.
  let terminated = false;
  const broken: HostWorker = {
    onmessage: null,
    onerror: null,
    postMessage() {
      setTimeout(() => broken.onerror?.({ message: "404" }), 0);
    },
    terminate() {
      terminated = true;
    },
  };
  const fallback = new LazyBrowserHost("vi", async () => broken);
  expect(await fallback.inWorker()).toBe(false);
  expect(terminated).toBe(true);
});
