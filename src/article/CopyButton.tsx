import { useState } from 'react';

/** A button that copies `text` to the clipboard and says so; where the clipboard is refused, it stays as it was. */
export function CopyButton({ text, label, copiedLabel }: { text: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <button type="button" className="control" onClick={copy}>
      {copied ? copiedLabel : label}
    </button>
  );
}
