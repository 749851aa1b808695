// Progressive enhancement of the matrix form; the form works without it and the server warns again after a draft.
// - The arrow keys move between cells (a cell's value is chosen by typing P or R, У or О, or Delete to empty it).
// - A row with no R or with two or more is warned about as soon as it changes: a task has exactly one owner.
// - The count of rows with exactly one R follows the answers.
document.addEventListener('DOMContentLoaded', () => {
  const table = document.getElementById('matrix-table');
  if (!table) return;
  const rows = Array.from(table.tBodies[0].rows);
  const grid = rows.map(row => Array.from(row.querySelectorAll('select')));
  const progress = document.getElementById('matrix-progress');
  const owners = row => Array.from(row.querySelectorAll('select')).filter(cell => cell.value === 'R').length;
  const moves = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
  const marks = { p: 'P', r: 'R', 'у': 'P', 'о': 'R', Delete: '', Backspace: '' };

  const warn = row => {
    const responsible = owners(row);
    const warning = row.querySelector('.row-warning');
    if (!warning) return;
    if (responsible === 1) {
      warning.hidden = true;
      row.classList.remove('warned');
    } else {
      warning.textContent = responsible === 0 ? table.dataset.noOwner : table.dataset.severalOwners;
      warning.hidden = false;
      row.classList.add('warned');
    }
  };
  const count = () => {
    if (!progress || !table.dataset.progress) return;
    const owned = rows.filter(row => owners(row) === 1).length;
    progress.textContent = table.dataset.progress.replace('{0}', owned).replace('{1}', rows.length);
  };

  grid.forEach((cells, r) => cells.forEach((cell, c) => {
    cell.addEventListener('change', () => {
      warn(rows[r]);
      count();
    });
    cell.addEventListener('keydown', event => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const move = moves[event.key];
      if (move) {
        const target = (grid[r + move[0]] || [])[c + move[1]];
        event.preventDefault();
        if (target) target.focus();
        return;
      }
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (Object.prototype.hasOwnProperty.call(marks, key)) {
        event.preventDefault();
        if (cell.value !== marks[key]) {
          cell.value = marks[key];
          cell.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    });
  }));
});
