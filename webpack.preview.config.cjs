/**
 * The task pane preview without Excel: the real pane against a workbook loaded
 * with exceljs in the browser. `npm run preview` serves it on
 * http://localhost:3001; `npm run build:preview` builds it into dist-preview/
 * (with sample.xlsx, made by tools/build-preview-sample.ts).
 */
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (_env = {}, argv = {}) => {
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
    plugins: [new HtmlWebpackPlugin({ template: './src/preview/preview.html', filename: 'index.html', inject: 'body', scriptLoading: 'defer' })],
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
