#!/usr/bin/env node
"use strict";
require("../dist/cli/index.js").main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`kehoach: lỗi không mong đợi: ${err && err.message ? err.message : err}\n`);
    process.exit(2);
  }
);
