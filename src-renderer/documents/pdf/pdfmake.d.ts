/** pdfmake ships no types; render.ts states the little of its API it uses. */
declare module 'pdfmake';
