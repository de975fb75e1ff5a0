import { ChevronDown, MoreHorizontal } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';

export interface MoreMenuItem {
  id: string;
  label: string;
  icon?: ReactNode;
  danger?: boolean;
  onAction: () => void;
}

/** Rare or weighty actions ("Slet sagen …") kept out of the way, behind one quiet "Mere" button. */
export function MoreMenu({ label, items }: { label: string; items: readonly MoreMenuItem[] }) {
  return (
    <MenuTrigger>
      <Button className="button">
        <MoreHorizontal size={18} aria-hidden="true" />
        {label}
        <ChevronDown size={16} aria-hidden="true" />
      </Button>
      <Popover className="menu-popover" placement="bottom end">
        <Menu className="menu" aria-label={label} onAction={(key) => items.find((item) => item.id === key)?.onAction()}>
          {items.map((item) => (
            <MenuItem key={item.id} id={item.id} className={item.danger ? 'menu-item danger' : 'menu-item'} textValue={item.label}>
              {item.icon}
              {item.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
