// Progressive enhancement only: every page works without it, and the server checks everything again.
// A fieldset or input with data-kit-enabled-by="<checkbox id>" can be used only while that checkbox is ticked
// (e.g. the departments at fault only with the staff-attitude reason).
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('[data-kit-enabled-by]').forEach(dependent => {
    const control = document.getElementById(dependent.dataset.kitEnabledBy);
    if (!control) return;
    const follow = () => {
      dependent.disabled = !control.checked;
      dependent.classList.toggle('disabled', !control.checked);
    };
    control.addEventListener('change', follow);
    follow();
  });
});
