#!/usr/bin/env node
"use strict";
// The `kehoach` command. The TypeScript sources are compiled to dist-cli/ by `npm run build:cli`
// (run by `prepare` on `npm ci` / `npm install`).

function loadCli() {
  try {
    return require("../dist-cli/cli/index.js");
  } catch (err) {
    const notBuilt = err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes("dist-cli/cli/index.js");
    process.stderr.write(
      notBuilt
        ? "kehoach: chưa biên dịch chương trình. Chạy `npm run build:cli` (hoặc `npm ci`) trong thư mục dự án rồi thử lại.\n" +
            "kehoach: not built yet. Run `npm run build:cli` (or `npm ci`) in the project folder and try again.\n"
        : `kehoach: không nạp được chương trình: ${err && err.message ? err.message : err}\n`
    );
    return null;
  }
}

const cli = loadCli();
if (cli === null) {
  process.exitCode = 2;
} else {
  cli.main(process.argv.slice(2)).then(
    (code) => {
      // exitCode rather than process.exit(): piped output finishes writing first.
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`kehoach: lỗi không mong đợi: ${err && err.message ? err.message : err}\n`);
      process.exitCode = 2;
    }
  );
}
