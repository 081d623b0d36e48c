// The one script: changing the sort submits the form at once. Everything works without it.
document.addEventListener('change', function (e) {
  if (e.target.classList.contains('autosubmit') && e.target.form) e.target.form.submit();
});
