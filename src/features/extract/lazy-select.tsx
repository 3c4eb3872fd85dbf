import { useState } from 'react';

interface Option {
  value: string;
  label: string;
}

/**
 * A select that holds only its chosen option until it is focused or pressed. Fifty review rows
 * with every municipality and indicator as options made the browser lay out thousands of options
 * at once (a quarter of a second on the main thread); now it does so for the one being used.
 */
export function LazySelect({ value, options, label, invalid = false, onChange }: { value: string; options: Option[]; label: string; invalid?: boolean; onChange: (value: string) => void }) {
  const [open, setOpen] = useState(false);
  const shown = open ? options : options.filter((o) => o.value === value);
  return (
    <select value={value} aria-label={label} aria-invalid={invalid || undefined} onFocus={() => setOpen(true)} onPointerDown={() => setOpen(true)} onChange={(e) => onChange(e.target.value)}>
      {shown.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
