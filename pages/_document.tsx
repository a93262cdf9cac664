import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document'
import { languageOfPath } from '@/lib/navigation/paths'

// The reading pages' document: the same shell as the App Router's root layout, in the language of
// the page's route (pages/es/… are the Spanish pages).
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  return (
    <Html lang={languageOfPath(__NEXT_DATA__.page)}>
      <Head />
      <body id="top">
        <Main />
        <NextScript />
      </body>
    </Html>
  )
}
