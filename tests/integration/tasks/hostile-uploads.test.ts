import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { receivePledgeScan } from "@/server/uploads/receive-pledge-scan";
import { receiveTaskSheet } from "@/server/uploads/receive-task-sheet";
import { UploadRefusal } from "@/server/uploads/upload-refusal";
import { demoWorld, type DemoWorld } from "../../factories/demo";
import { largeTaskWorkbook, taskWorkbook, validRows } from "../../fixtures/task-workbook";
import { zipBomb } from "../../fixtures/zip-bomb";
import { openTestDatabase, testBackends, type TestDatabase } from "../../support/test-database";

const MB = 1024 * 1024;
const URL_OF_UPLOAD = "http://localhost/khoi/ktkt/2024/nhiem-vu/nhap-excel/tai-len";
type HostileFile = "bomb" | "lyingBomb" | "hundredThousandRows";

/** A multipart POST as the browser sends it (no Content-Length header until it is sent). */
function uploadRequest(file: Uint8Array): Request {
  const body = new FormData();
  body.set("file", new File([new Uint8Array(file)], "nhiem-vu.xlsx"));
  body.set("version", "0");
  return new Request(URL_OF_UPLOAD, { method: "POST", body });
}

/** A body of `megabytes` MB made as it is pulled, with `pulled()` saying how much the handler read. */
function streamedRequest(megabytes: number, contentLength?: string) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= megabytes * MB) return controller.close();
      pulled += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024));
    },
  });
  const headers = new Headers({ "content-type": "multipart/form-data; boundary=x" });
  if (contentLength) headers.set("content-length", contentLength);
  const request = new Request(URL_OF_UPLOAD, {
    method: "POST",
    body,
    headers,
    duplex: "half",
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe.each(testBackends())("uploads that cannot hurt the server (%s)", (kind) => {
  let t: TestDatabase;
  let demo: DemoWorld;
  let files: Record<HostileFile, Buffer>;

  const receive = (username: string, request: Request) =>
    receiveTaskSheet(t.prisma, { request, user: demo.user(username), blocId: demo.ktkt.id, year: "2024" });

  /**
   * Runs an upload while another user asks the server something every 20 ms (a cheap query,
   * timed) and the server process's memory is sampled (the reader has its own process and heap
   * cap). The event loop's delay is measured too: a blocked loop would also hold back the timer
   * that asks.
   */
  async function whileOthersAsk(upload: () => Promise<unknown>) {
    const baseline = process.memoryUsage.rss();
    let peak = baseline;
    const answers: number[] = [];
    let asking: Promise<void> | undefined;
    const answer = async () => {
      const asked = performance.now();
      await t.prisma.task.count({ where: { blocYear: { blocId: demo.ktkt.id } } });
      answers.push(performance.now() - asked);
      asking = undefined;
    };
    const ask = () => {
      peak = Math.max(peak, process.memoryUsage.rss());
      asking ??= answer();
    };
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const asker = setInterval(ask, 20);
    const started = performance.now();
    const outcome = await upload().then(
      (value) => ({ value, error: undefined }),
      (error: unknown) => ({ value: undefined, error }),
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(asker);
    ask();
    await asking;
    loopDelay.disable();
    return {
      ...outcome,
      seconds,
      rssGrowthMb: (peak - baseline) / MB,
      answers,
      slowestAnswerMs: Math.max(0, ...answers, loopDelay.max / 1e6),
    };
  }

  beforeAll(async () => {
    t = await openTestDatabase(kind, "demo");
    demo = await demoWorld(t.prisma);
    files = {
      bomb: zipBomb({ megabytes: 420, honest: true }),
      lyingBomb: zipBomb({ megabytes: 420, honest: false }),
      hundredThousandRows: await largeTaskWorkbook(100_000),
    };
  }, 120_000);
  afterAll(() => t.close());

  it("builds hostile files as the probe did: a small zip of > 400 MB, and 100,000 rows", () => {
    expect(files.bomb.byteLength).toBeLessThan(2 * MB);
    expect(files.bomb.byteLength).toBe(files.lyingBomb.byteLength);
    expect(files.hundredThousandRows.byteLength).toBeLessThan(5 * MB);
  });

  it.each<[string, HostileFile, RegExp]>([
    ["a zip bomb declaring 460 MB", "bomb", /giải nén ra quá lớn: .* tối đa 40 MB/],
    ["a zip bomb declaring 4 KB", "lyingBomb", /giải nén ra quá lớn/],
    ["100,000 rows", "hundredThousandRows", /quá nhiều dòng: mỗi lần nhập tối đa 5\.000 nhiệm vụ/],
  ])(
    "refuses %s from the secretariat within seconds and bounded memory, others answered meanwhile",
    async (_name, file, message) => {
      const tasksBefore = await t.prisma.task.count();
      const auditBefore = await t.prisma.auditEvent.count();
      const run = await whileOthersAsk(() => receive("thuky.ktkt", uploadRequest(files[file])));
      expect(run.error).toBeInstanceOf(UploadRefusal);
      expect(run.error).toMatchObject({ status: 413, message: expect.stringMatching(message) as unknown });
      expect(run.seconds).toBeLessThan(15);
      expect(run.rssGrowthMb).toBeLessThan(200);
      expect(run.answers.length).toBeGreaterThan(0);
      expect(run.slowestAnswerMs).toBeLessThan(1000);
      expect(await t.prisma.task.count()).toBe(tasksBefore);
      expect(await t.prisma.auditEvent.count()).toBe(auditBefore);
    },
    60_000,
  );

  it.each<[string, HostileFile]>([
    ["xem.ktkt", "bomb"],
    ["xem.ktkt", "hundredThousandRows"],
    ["lanhdao.tnmt", "lyingBomb"],
    ["thuky.vhxh", "hundredThousandRows"],
  ])("refuses %s's upload of %s before reading a byte of it", async (username, file) => {
    const request = uploadRequest(files[file]);
    const run = await whileOthersAsk(() => receive(username, request));
    expect(run.error).toMatchObject({ status: username === "thuky.vhxh" ? 404 : 403 });
    expect(request.bodyUsed).toBe(false);
    expect(run.seconds).toBeLessThan(1);
  });

  it.each([
    ["is absent", undefined],
    ["lies", "1000"],
  ])("stops reading a body over the limit when Content-Length %s", async (_name, contentLength) => {
    const upload = streamedRequest(50, contentLength);
    await expect(receive("thuky.ktkt", upload.request)).rejects.toMatchObject({
      status: 413,
      message: "Tệp quá lớn: tối đa 5 MB.",
    });
    expect(upload.pulled()).toBeLessThan(6 * MB);
  });

  it("refuses by Content-Length before reading", async () => {
    const upload = streamedRequest(50, String(50 * MB));
    await expect(receive("thuky.ktkt", upload.request)).rejects.toMatchObject({ status: 413 });
    expect(upload.request.bodyUsed).toBe(false);
  });

  it("still reads a manager's ordinary workbook", async () => {
    const received = await receive("thuky.ktkt", uploadRequest(await taskWorkbook(validRows(3))));
    expect(received.rows.map((row) => row.title)).toEqual([
      "Nhiệm vụ nhập số 1",
      "Nhiệm vụ nhập số 2",
      "Nhiệm vụ nhập số 3",
    ]);
  });

  describe("the pledge scan", () => {
    const receiveScan = (username: string, request: Request) =>
      receivePledgeScan(t.prisma, { request, user: demo.user(username), blocId: demo.ktkt.id, year: "2024" });

    it.each(["xem.ktkt", "lanhdao.tnmt"])("is refused to %s before a byte is read", async (username) => {
      const upload = streamedRequest(50);
      await expect(receiveScan(username, upload.request)).rejects.toMatchObject({ status: 403 });
      expect(upload.request.bodyUsed).toBe(false);
    });

    it("stops reading past 10 MB whatever the length says", async () => {
      const upload = streamedRequest(50, "1000");
      await expect(receiveScan("thuky.ktkt", upload.request)).rejects.toMatchObject({
        status: 413,
        message: "Tệp quá lớn (tối đa 10 MB).",
      });
      expect(upload.pulled()).toBeLessThan(11 * MB);
    });
  });
});
