import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ListEditor } from '../components/ListEditor';

function Harness({ initial }: { initial: string[] }) {
  const [items, setItems] = useState(initial);
  return (
    <ListEditor
      label="Look for"
      itemLabel="Look-for point"
      name="lookFor"
      addLabel="Add a Look-for point"
      items={items}
      onChange={setItems}
    />
  );
}

describe('ListEditor', () => {
  it('adds a row below with Enter and focuses it', () => {
    render(<Harness initial={['Tracks lag per partition']} />);

    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Look-for point 1' }), { key: 'Enter' });

    const second = screen.getByRole('textbox', { name: 'Look-for point 2' });
    expect(second).toHaveValue('');
    expect(second).toHaveFocus();
  });

  it('removes an empty row with Backspace and returns focus to the row above', () => {
    render(<Harness initial={['First', '']} />);

    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Look-for point 2' }), { key: 'Backspace' });

    expect(screen.queryByRole('textbox', { name: 'Look-for point 2' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Look-for point 1' })).toHaveFocus();
  });

  it('removes a row with its button and focuses Add when the list is empty', () => {
    render(<Harness initial={['Only point']} />);

    fireEvent.click(screen.getByRole('button', { name: 'Remove look-for point 1' }));

    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+ Add a Look-for point' })).toHaveFocus();
  });
});
