/** An XML document for crawlers and feed readers, declared UTF-8 like its XML declaration. */
export function xmlResponse(xml: string, type: string): Response {
  return new Response(xml, { headers: { 'Content-Type': `${type}; charset=utf-8` } })
}
