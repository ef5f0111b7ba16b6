/* Webpack build of the Excel add-in (task pane, ribbon commands, custom functions).
 *
 *   webpack --mode production   -> dist/ ready to deploy: manifest.xml with the production URL,
 *                                  functions.json, taskpane.html (+ office.js from the Microsoft CDN)
 *   webpack --mode development  -> same files, manifest with https://localhost:3000/, office.js served locally
 *   webpack serve --mode development -> https://localhost:3000 with offline development certificates
 *
 * Environment:
 *   PLAN_ADDIN_URL  production base URL (default https://plan-tracker.example.gov.uk/), must end with /
 *   PLAN_OFFICE_JS  `cdn` or `local`: where taskpane.html loads office.js from
 *                   (default: cdn in production, local in development)
 *   PLAN_CERT_DIR   folder of ca.crt/localhost.crt/localhost.key (default ~/.office-addin-dev-certs)
 *
 * TypeScript is type-checked during the build (ts-loader without transpileOnly, tsconfig.web.json).
 */
/* global process */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

// An ES module (the package is "type": "module"): webpack-cli loads it with import().
const __dirname = path.dirname(fileURLToPath(import.meta.url));

const DEV_URL = 'https://localhost:3000/';
const DEFAULT_PROD_URL = 'https://plan-tracker.example.gov.uk/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_JS_LOCAL_URL = '/office-js/office.js';

function productionUrl() {
  const url = process.env.PLAN_ADDIN_URL || DEFAULT_PROD_URL;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error('PLAN_ADDIN_URL must be an https URL ending with "/" (got ' + url + ')');
  }
  return url;
}

/** Reads the development certificates, making them (offline) with tools/dev-certs.ts when missing. */
function devCertificates() {
  const dir = process.env.PLAN_CERT_DIR || path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { ca: path.join(dir, 'ca.crt'), cert: path.join(dir, 'localhost.crt'), key: path.join(dir, 'localhost.key') };
  const fresh = () => {
    if (!Object.values(files).every((f) => fs.existsSync(f))) return false;
    return Date.parse(new X509Certificate(fs.readFileSync(files.cert)).validTo) - Date.now() > 86400000;
  };
  if (!fresh()) {
    const tsx = path.join(__dirname, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
    execFileSync(tsx, [path.join(__dirname, 'tools', 'dev-certs.ts')], { stdio: 'inherit', env: { ...process.env, PLAN_CERT_DIR: dir } });
  }
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

export default (env, argv) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const baseUrl = dev ? DEV_URL : productionUrl();
  const officeJsSource = process.env.PLAN_OFFICE_JS || (dev ? 'local' : 'cdn');
  if (officeJsSource !== 'cdn' && officeJsSource !== 'local') throw new Error('PLAN_OFFICE_JS must be cdn or local');
  const officeJs = officeJsSource === 'cdn' ? OFFICE_JS_CDN : OFFICE_JS_LOCAL_URL;

  return {
    mode,
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.ts',
      functions: './src/functions/functions.ts',
      commands: './src/ribbon/commands.ts',
    },
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.join(__dirname, 'tsconfig.web.json'),
              // Type-check (no transpileOnly), but only the files in the bundle: other parts of the repo
              // (CLI, tests) have their own checks.
              onlyCompileBundledFiles: true,
            },
          },
        },
        {
          // The pane injects its stylesheet as text (src/taskpane/styles.d.ts).
          test: /\.css$/,
          type: 'asset/source',
        },
      ],
    },
    // The three entries run in one page (the shared runtime): one webpack runtime and one copy of
    // the engine (src/core) for all of them, so the pane and the ribbon command share module state.
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        cacheGroups: {
          shared: { name: 'shared', chunks: 'all', minChunks: 2, enforce: true },
        },
      },
    },
    performance: {
      hints: dev ? false : 'warning',
      maxEntrypointSize: 600000,
      maxAssetSize: 600000,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      // One page for the shared runtime: the pane, the custom functions and the ribbon commands.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane', 'functions', 'commands'],
        officeJs,
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/*.html', to: 'assets/[name][ext]' },
          // The analysts' guide, linked from the pane's Help (src/taskpane/help.ts GUIDE_PATH); as text so browsers show it.
          { from: 'docs/workbook-format.md', to: 'help/workbook-format.txt' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return dev ? content : content.toString().split(DEV_URL).join(baseUrl);
            },
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: 3000,
          host: 'localhost',
          hot: false,
          liveReload: true,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: devCertificates() },
          static: [{ directory: OFFICE_JS_LOCAL_DIR, publicPath: '/office-js', watch: false }],
          client: { overlay: { errors: true, warnings: false } },
        }
      : undefined,
  };
};
