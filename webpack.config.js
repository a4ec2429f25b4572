/* eslint-disable no-undef */
/**
 * Builds the task pane (Excel and the plain browser page) and the ribbon commands.
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

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const e2e = Boolean(env.e2e);
  const commandsEntry = path.resolve(__dirname, "src/commands/commands.ts");
  const commandsHtml = path.resolve(__dirname, "src/commands/commands.html");
  const hasCommands = fs.existsSync(commandsEntry);

  const entry = { taskpane: "./src/taskpane/index.tsx" };
  if (hasCommands) entry.commands = "./src/commands/commands.ts";

  const html = [
    // The pane inside Excel: loads Office.js from Microsoft's CDN (the one external script).
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      officeJs: true,
    }),
    // The plain browser page: the same pane without Office.js, so it starts at once (and works
    // where Microsoft's CDN is unreachable).
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
      officeJs: false,
    }),
  ];
  if (hasCommands) {
    html.push(
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: fs.existsSync(commandsHtml) ? commandsHtml : "./src/taskpane/taskpane.html",
        chunks: ["commands"],
      })
    );
  }

  const config = {
    devtool: dev ? "source-map" : false,
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // dist/ also holds the CLI's tsc output (dist/cli, dist/core, dist/file, …): clean only our flat files.
      clean: { keep: (asset) => /^(?!assets[\\/])[^\\/]+[\\/]/.test(asset) },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // exceljs' "browser" field points at its prebuilt browser bundle (dist/exceljs.min.js),
      // which carries its own polyfills; say so explicitly so no Node built-in is ever pulled in.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
      fallback: { fs: false, path: false, stream: false, crypto: false, os: false, util: false, zlib: false },
    },
    module: {
      // exceljs.min.js is a UMD bundle that webpack need not parse for requires.
      noParse: /exceljs[\\/]dist[\\/]exceljs(\.min)?\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules so that dynamic import() makes a lazy chunk and imports tree-shake.
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // Lazy files with readable names: exceljs (the browser page's .xlsx engine, ~1 MB) and jszip
          // (also loaded alone by the Excel host for merges on Excel 2019): never bundled together.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 10 },
          jszip: { test: /[\\/]node_modules[\\/]jszip[\\/]/, name: "jszip", chunks: "async", priority: 10 },
        },
      },
    },
    performance: {
      // The lazy browser-mode chunk (exceljs) is large by nature; the budget that matters
      // (initial pane JS, gzip) is checked by scripts/bundle-size.js.
      hints: false,
    },
    plugins: [...html, new CopyWebpackPlugin({ patterns: copyPatterns(dev) })],
  };

  if (dev || e2e) {
    const https = e2e ? null : await httpsOptions();
    config.devServer = {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: https } : { type: "http" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      hot: false,
      liveReload: !e2e,
      client: e2e ? false : undefined,
    };
  }
  return config;
};
