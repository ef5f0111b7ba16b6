/**
 * The task pane preview without Excel: the real pane against a workbook loaded
 * with exceljs in the browser. `npm run preview` serves it on
 * http://localhost:3001; `npm run build:preview` builds it into dist-preview/
 * (with sample.xlsx, made by tools/build-preview-sample.ts).
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';

// An ES module (the package is "type": "module"): webpack-cli loads it with import().
const __dirname = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export default (_env = {}, argv = {}) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: { preview: './src/preview/main.ts' },
    output: {
      path: path.resolve(__dirname, 'dist-preview'),
      filename: '[name].[contenthash:8].js',
      // sample.xlsx is written here by tools/build-preview-sample.ts: keep it.
      clean: { keep: /sample\.xlsx$/ },
    },
    resolve: {
      extensions: ['.ts', '.js'],
      // The Node build of exceljs pulls in fs and stream; its browser build does not.
      alias: { exceljs$: require.resolve('exceljs/dist/exceljs.min.js') },
    },
    // The preview is a developer tool, never shipped: skip minifying (exceljs alone takes a minute to minify).
    optimization: { minimize: false },
    module: {
      // exceljs's browser build is one self-contained bundle: nothing in it to parse.
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        { test: /\.ts$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        // Stylesheets as text, injected with textContent (no CSS loader needed).
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ template: './src/preview/preview.html', filename: 'index.html', inject: 'body', scriptLoading: 'defer' }),
      // The analysts' guide, linked from the pane's Help (src/taskpane/help.ts GUIDE_PATH).
      new CopyWebpackPlugin({ patterns: [{ from: 'docs/workbook-format.md', to: 'help/workbook-format.txt' }] }),
    ],
    devServer: {
      port: 3001,
      host: 'localhost',
      static: { directory: path.resolve(__dirname, 'dist-preview'), watch: false },
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
