// Sizes in UTF-8 bytes of text not yet encoded: a webhook body given as a string, an MCP tool
// result before the transport writes it.

/** UTF-8 length of a string, without encoding it. Lone surrogates count 3 bytes, as TextEncoder writes U+FFFD. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
