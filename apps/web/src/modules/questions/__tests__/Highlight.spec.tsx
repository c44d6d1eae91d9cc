import { render } from '@testing-library/react';
import { Highlight } from '../components/Highlight';

describe('Highlight', () => {
  it('marks exactly the matched segments, in order', () => {
    const { container } = render(
      <p>
        <Highlight
          segments={[
            { text: 'How do you implement ', match: false },
            { text: 'rate', match: true },
            { text: ' ', match: false },
            { text: 'limiting', match: true },
            { text: '?', match: false },
          ]}
        />
      </p>,
    );

    expect(container.querySelector('p')).toHaveTextContent('How do you implement rate limiting?');
    expect(Array.from(container.querySelectorAll('mark')).map((mark) => mark.textContent)).toEqual(['rate', 'limiting']);
  });

  it('renders markup in a prompt as text, never as HTML', () => {
    const { container } = render(
      <p>
        <Highlight
          segments={[
            { text: '<img src=x onerror=alert(1)> in ', match: false },
            { text: '<b>JSX</b>', match: true },
          ]}
        />
      </p>,
    );

    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')).toHaveTextContent('<b>JSX</b>');
  });
});
