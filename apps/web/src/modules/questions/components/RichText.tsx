import { parseInline, parseRichText } from '../utils/rich-text';
import '../questions.css';

function Inline({ text }: { text: string }) {
  return (
    <>
      {parseInline(text).map((piece, index) => {
        switch (piece.kind) {
          case 'code':
            return <code key={index}>{piece.text}</code>;
          case 'strong':
            return <strong key={index}>{piece.text}</strong>;
          case 'text':
            return <span key={index}>{piece.text}</span>;
        }
      })}
    </>
  );
}

/** Rubric text as paragraphs, lists, tables and code blocks. */
export function RichText({ text }: { text: string }) {
  return (
    <div className="rich-text">
      {parseRichText(text).map((block, index) => {
        switch (block.kind) {
          case 'paragraph':
            return (
              <p key={index}>
                <Inline text={block.text} />
              </p>
            );
          case 'list': {
            const items = block.items.map((item, itemIndex) => (
              <li key={itemIndex}>
                <Inline text={item} />
              </li>
            ));
            return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
          }
          case 'code':
            return (
              <pre key={index} className="code-block">
                <code>{block.text}</code>
              </pre>
            );
          case 'table':
            return (
              <div key={index} className="table-wrap">
                <table className="table table--compact">
                  <thead>
                    <tr>
                      {block.header.map((cell, cellIndex) => (
                        <th key={cellIndex} scope="col">
                          <Inline text={cell} />
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {block.rows.map((row, rowIndex) => (
                      <tr key={rowIndex}>
                        {row.map((cell, cellIndex) => (
                          <td key={cellIndex}>
                            <Inline text={cell} />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </div>
  );
}
