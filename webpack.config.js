/* eslint-disable no-undef */
/**
 * Builds the task pane (Excel and the plain browser page) and the ribbon commands: two webpack
 * configurations, because they run in different webviews (README, "Where it runs").
 *
 *   - pane (taskpane.html, index.html): ES2017, node_modules included (Fluent UI and tabster ship
 *     `??=`, class `static {}`), for WebView2, Safari/WKWebView on the Mac and the browsers of
 *     Excel on the web. Trident and EdgeHTML get a message instead (src/taskpane/legacy-guard.js).
 *   - commands (commands.html, the function file of the ribbon buttons): ES5 with core-js
 *     polyfills, so that Kiểm tra, Xóa tô màu and Tạo tổng hợp work in Internet Explorer 11
 *     (Office 2016/2019 volume-licensed), EdgeHTML and old WebKit too. String.prototype.normalize
 *     (not in core-js) comes from unorm, loaded by commands.html only where it is missing.
 *
 *   npx webpack --mode production               -> dist/ (manifest URLs rewritten to ADDIN_PROD_URL)
 *   npx webpack serve --mode development        -> https://localhost:3000 (office-addin-dev-certs)
 *   npx webpack serve --mode development --env e2e -> plain http on localhost:3000
 *
 * The .xlsx code (exceljs, src/file, src/browser) is reached only through a dynamic import()
 * from the pane's entry, so it lands in lazy chunks that Excel never downloads.
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";

/** Babel targets. Commands: Internet Explorer 11 = ES5. Pane: the webviews that run it (ES2017). */
const TARGETS = {
  commands: { ie: "11" },
  pane: { chrome: "58", edge: "79", safari: "11", firefox: "60" },
};

/** Every file the commands configuration writes starts with "commands" (the two builds share dist/). */
const COMMANDS_FILE = /^commands[^\\/]*\.(js|html)$/;

function productionUrl() {
  if (!process.env.ADDIN_PROD_URL) console.warn("ADDIN_PROD_URL is not set: dist/manifest.xml points at https://www.contoso.com/.");
  const url = process.env.ADDIN_PROD_URL || "https://www.contoso.com/";
  return url.endsWith("/") ? url : `${url}/`;
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (err) {
    console.warn(`office-addin-dev-certs unavailable (${err && err.message}); serving plain http.`);
    return null;
  }
}

/** Copy patterns: assets/* and manifest*.xml, when they exist. */
function copyPatterns(dev) {
  const patterns = [];
  if (fs.existsSync(path.resolve(__dirname, "assets"))) {
    patterns.push({ from: "assets", to: "assets", noErrorOnMissing: true });
  }
  patterns.push({
    from: "manifest*.xml",
    to: "[name][ext]",
    noErrorOnMissing: true,
    transform(content) {
      return dev ? content : content.toString().replace(new RegExp(DEV_URL.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"), productionUrl());
    },
  });
  return patterns;
}

/**
 * Babel assumptions that keep the pane's output small (ES2017 has no `?.`, `??`, object spread or
 * class fields): `a?.b` tests `!= null` (no document.all here), spread copies like Object.assign,
 * class fields are assignments. None of our code or the libraries' depends on the difference.
 */
const ASSUMPTIONS = {
  noDocumentAll: true,
  setSpreadProperties: true,
  setPublicClassFields: true,
  privateFieldsAsProperties: true,
  objectRestNoSymbols: true,
  pureGetters: true,
  ignoreFunctionLength: true,
};

/**
 * core-js modules that "usage" would add although no code here calls them: the methods of newer
 * proposals (iterator helpers, Set methods, Map.getOrInsert, Uint8Array base64) that it adds for
 * every iterator, Set, Map or Uint8Array it sees. TypeScript's lib (ES2021) does not even let src/
 * call them.
 */
const UNUSED_POLYFILLS = [
  /^es\.iterator\./,
  /^es\.set\.[a-z-]+\.v2$/,
  /^es\.(weak-)?map\.get-or-insert/,
  /^es\.uint8-array\./,
];

/**
 * babel-loader for one target. polyfills: core-js 3 modules added where a built-in is used
 * (preset-env "usage"), for the ribbon commands (ES5). The pane lists its few polyfills by hand
 * (src/taskpane/polyfills.ts): "usage" would cost it ~38 KB gzip of its 250 KB budget.
 */
function babel(targets, dev, polyfills = true) {
  return {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      // node_modules hold CommonJS and ES modules: polyfill imports must match each file's kind.
      sourceType: "unambiguous",
      cacheDirectory: true,
      compact: false,
      sourceMaps: dev,
      assumptions: ASSUMPTIONS,
      // The pane shares Babel's helpers (object rest, private fields…) from @babel/runtime instead
      // of one copy per file of node_modules: several KB of its 250 KB gzip budget.
      plugins: polyfills
        ? []
        : [
            [
              "@babel/plugin-transform-runtime",
              { corejs: false, helpers: true, regenerator: false, version: require("@babel/runtime/package.json").version },
            ],
          ],
      presets: [
        [
          "@babel/preset-env",
          {
            targets,
            bugfixes: true,
            modules: false,
            ...(polyfills
              ? { useBuiltIns: "usage", corejs: require("core-js/package.json").version, exclude: UNUSED_POLYFILLS }
              : { useBuiltIns: false }),
          },
        ],
      ],
    },
  };
}

/** TypeScript: ts-loader (types stripped, ES2020 out), then Babel down to the target. */
function typescriptRule(targets, dev, polyfills) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: [
      babel(targets, dev, polyfills),
      {
        loader: "ts-loader",
        options: {
          transpileOnly: true,
          // ES modules so that dynamic import() makes a lazy chunk and imports tree-shake.
          compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: dev },
        },
      },
    ],
  };
}

/** The pane's TypeScript as main built it (ES2020 out, node_modules as shipped). */
function paneTypescriptRule(dev) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: dev },
      },
    },
  };
}

/**
 * node_modules through Babel too (the packages ship ES2020+, exceljs's prebuilt bundle included),
 * except core-js itself (it must not polyfill itself), unorm and jszip's prebuilt bundle (ES5).
 */
function nodeModulesRule(targets, dev, polyfills) {
  return {
    test: /\.[cm]?js$/,
    include: /node_modules/,
    exclude: [
      /node_modules[\\/]core-js[\\/]/,
      /node_modules[\\/]@babel[\\/]runtime[\\/]/,
      /node_modules[\\/]unorm[\\/]/,
      /node_modules[\\/]jszip[\\/]dist[\\/]/,
      /node_modules[\\/]webpack[\\/]/,
    ],
    use: babel(targets, dev, polyfills),
  };
}

function common(dev) {
  return {
    devtool: dev ? "source-map" : false,
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // exceljs' "browser" field points at its prebuilt browser bundle (dist/exceljs.min.js),
      // which carries its own polyfills; say so explicitly so no Node built-in is ever pulled in.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, util: false, zlib: false },
    },
    performance: {
      // The lazy browser-mode chunk (exceljs) is large by nature; the budget that matters
      // (initial pane JS, gzip) is checked by scripts/bundle-size.js.
      hints: false,
    },
  };
}

function paneConfig(dev) {
  const guard = fs.readFileSync(path.resolve(__dirname, "src/taskpane/legacy-guard.js"), "utf8");
  const page = (filename, officeJs) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      officeJs,
      // Runs before the bundle: Trident and EdgeHTML get a message instead of a blank pane.
      legacyGuard: guard,
    });
  return {
    ...common(dev),
    name: "pane",
    // Its few polyfills first (entry order), then the pane.
    entry: { taskpane: ["./src/taskpane/polyfills.ts", "./src/taskpane/index.tsx"] },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // dist/ also holds the CLI's tsc output (dist/cli, dist/core, dist/file, …) and the commands
      // build's files: clean only this build's flat files.
      clean: { keep: (asset) => /^(?!assets[\\/])[^\\/]+[\\/]/.test(asset) || COMMANDS_FILE.test(asset) },
    },
    module: {
      // exceljs.min.js is a UMD bundle that webpack need not parse for requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      // TypeScript only, as before: the ES2017 build of the pane (typescriptRule/nodeModulesRule with
      // TARGETS.pane, tried in branch build) comes out at 252 KB gzip, over the 250 KB budget.
      rules: [paneTypescriptRule(dev)],
    },
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // Lazy files with readable names: exceljs (the browser page's .xlsx engine, ~1 MB) and jszip:
          // never bundled together.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 10 },
          jszip: { test: /[\\/]node_modules[\\/]jszip[\\/]/, name: "jszip", chunks: "async", priority: 10 },
        },
      },
    },
    plugins: [
      // The pane inside Excel: loads Office.js from Microsoft's CDN (the one external script).
      page("taskpane.html", true),
      // The plain browser page: the same pane without Office.js, so it starts at once (and works
      // where Microsoft's CDN is unreachable).
      page("index.html", false),
      new CopyWebpackPlugin({ patterns: copyPatterns(dev) }),
    ],
  };
}

function commandsConfig(dev) {
  return {
    ...common(dev),
    name: "commands",
    target: ["web", "es5"],
    entry: {
      // Polyfills first (entry order), then the commands. unorm is its own file: commands.html
      // loads it only where String.prototype.normalize is missing (Internet Explorer 11).
      commands: ["./src/commands/polyfills.ts", "./src/commands/commands.ts"],
      "commands-unorm": "unorm",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "commands-[name].[contenthash:8].js",
      clean: { keep: (asset) => !COMMANDS_FILE.test(asset) },
    },
    module: {
      rules: [typescriptRule(TARGETS.commands, dev, true), nodeModulesRule(TARGETS.commands, dev, true)],
    },
    optimization: {
      splitChunks: {
        chunks: "async",
        // jszip (merges on Excel 2019) stays a lazy file of its own.
        cacheGroups: { jszip: { test: /[\\/]node_modules[\\/]jszip[\\/]/, name: "jszip", chunks: "async", priority: 10 } },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands-unorm", "commands"],
        chunksSortMode: "manual",
        // The template writes the script tags itself (unorm conditionally, then the commands).
        inject: false,
      }),
    ],
  };
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const e2e = Boolean(env.e2e);
  const pane = paneConfig(dev);
  const commands = commandsConfig(dev);
  if (dev || e2e) {
    const https = e2e ? null : await httpsOptions();
    // webpack-dev-server serves both builds from the first configuration's devServer.
    pane.devServer = {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: !e2e,
      client: e2e ? false : undefined,
    };
  }
  return [pane, commands];
};
