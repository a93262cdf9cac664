import { Head, Html, Main, NextScript } from 'next/document'

// The reading pages' document: the same shell as the App Router's root layout.
export default function Document() {
  return (
    <Html lang="en">
      <Head />
      <body id="top">
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
