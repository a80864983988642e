/**
 * Bahasa Indonesia strings of the Recognition pages (officials' contributions to improvement) and of the public
 * improvement section of the transparency page; recognition.en.ts has exactly the same keys.
 */
export const recognitionId = {
  recognition: {
    title: 'Penghargaan kontribusi',
    intro:
      'Kontribusi setiap pejabat dalam perbaikan mutu layanan selama setahun: siklus PDCA yang dipimpin, hasil ' +
      'yang terukur, dan tindakan yang diselesaikan tepat waktu. Bahan untuk penilaian kinerja dan penghargaan.',
    introSelf:
      'Catatan kontribusi Anda dalam perbaikan mutu layanan selama setahun. Koordinator dan admin Pemda melihat ' +
      'catatan semua pejabat.',
    year: 'Tahun',
    unit: 'Unit',
    allUnits: 'Semua unit',
    heading: 'Kontribusi pejabat tahun {{year}}',
    headingUnit: 'Kontribusi pejabat {{unit}} tahun {{year}}',
    headingSelf: 'Kontribusi Anda tahun {{year}}',
    caption: 'Kontribusi perbaikan mutu per pejabat, tahun {{year}}',
    empty: 'Belum ada kontribusi perbaikan mutu yang tercatat pada tahun {{year}}.',
    emptyUnit: 'Belum ada kontribusi perbaikan mutu yang tercatat di {{unit}} pada tahun {{year}}.',
    emptySelf: 'Anda belum tercatat memimpin siklus perbaikan atau memegang tindakan pada tahun {{year}}.',
    emptyHint:
      'Kontribusi terhitung ketika pejabat memimpin siklus perbaikan (PDCA) yang berjalan pada tahun itu, atau ' +
      'menjadi penanggung jawab tindakan yang tenggatnya jatuh pada tahun itu.',
    order:
      'Urutan: siklus yang membaik, lalu siklus selesai, lalu tindakan tepat waktu, lalu banyaknya keterlibatan.',
    method: 'Cara menghitung',
    col: {
      official: 'Pejabat',
      cycles: 'Siklus perbaikan',
      actions: 'Tindakan',
      led: 'Dipimpin',
      completed: 'Selesai',
      improved: 'Membaik',
      targetMet: 'Target tercapai',
      owned: 'Jumlah',
      done: 'Selesai',
      onTime: 'Tepat waktu',
      rate: 'Ketepatan waktu',
    },
    figure: {
      cyclesLed: 'Siklus dipimpin',
      cyclesCompleted: 'Siklus selesai',
      cyclesImproved: 'Siklus membaik',
      cyclesTargetMet: 'Target tercapai',
      actionsOwned: 'Tindakan',
      actionsDone: 'Tindakan selesai',
      actionsOnTime: 'Selesai tepat waktu',
      onTimeRate: 'Ketepatan waktu',
    },
    detail: {
      title: 'Catatan kontribusi',
      back: 'Kembali ke daftar kontribusi',
      print: 'Cetak',
      printHint:
        'Cetak atau simpan sebagai PDF untuk lampiran penilaian kinerja; menu dan tombol tidak ikut tercetak.',
      printHintSelf:
        'Cetak atau simpan sebagai PDF untuk diserahkan kepada atasan; menu dan tombol tidak ikut tercetak.',
      docTitle: 'Catatan kontribusi perbaikan mutu tahun {{year}}',
      name: 'Nama',
      role: 'Peran',
      figures: 'Ringkasan',
      cycles: 'Siklus perbaikan yang dipimpin',
      noCycles: 'Tidak memimpin siklus perbaikan pada tahun {{year}}.',
      cycle: 'Siklus',
      inCycle: 'Siklus:',
      beforeAfter: 'Nilai awal → hasil',
      effect: 'Dampak',
      notRemeasured: 'Belum diukur ulang',
      actions: 'Tindakan yang menjadi tanggung jawabnya',
      noActions: 'Tidak ada tindakan dengan tenggat pada tahun {{year}}.',
      doneOnTime: 'Tepat waktu?',
      onTime: 'Ya, selesai {{date}}',
      late: 'Terlambat, selesai {{date}}',
      notDone: 'Belum selesai',
      notCounted: 'Tidak dihitung',
      effects: 'Dampak terukur',
      noEffects: 'Belum ada siklus yang selesai diukur ulang pada tahun {{year}}.',
      generated: 'Dibuat pada {{date}}',
      sign: 'Mengetahui, atasan langsung',
      signUnit: 'Mengetahui, Kepala {{unit}}',
    },
  },
  publicImprovement: {
    heading: 'Perbaikan layanan',
    intro:
      'Siklus perbaikan mutu (Plan–Do–Check–Act) yang dipublikasikan Pemda: masalah yang ditangani, tindakan yang ' +
      'dikerjakan, dan hasil pengukuran sebelum dan sesudahnya.',
    empty: 'Belum ada siklus perbaikan layanan yang dipublikasikan.',
    emptyHint:
      'Setelah Pemda membuka sebuah siklus perbaikan untuk publik, perkembangan tindakan dan hasil pengukurannya ' +
      'tampil di sini.',
    pemdaWide: 'Seluruh Pemda',
    started: 'Dimulai {{date}}',
    baseline: 'Nilai awal',
    result: 'Hasil',
    target: 'Target',
    running: 'periode masih berjalan',
    noResult: 'Belum diukur ulang',
    effect: {
      improved: 'Membaik',
      worsened: 'Memburuk',
      unchanged: 'Tidak berubah',
      'no-data': 'Belum ada hasil',
    },
    targetMet: 'Target tercapai',
    targetNotMet: 'Target belum tercapai',
    actions: 'Tindakan',
    progress: '{{done}} dari {{total}} tindakan selesai',
    noActions: 'Belum ada tindakan.',
    doneOn: 'Selesai {{date}}',
    due: 'tenggat {{date}}',
    timeline: 'Riwayat tahap',
    standardised: 'Perubahan yang dibakukan',
    maklumat: 'Maklumat pelayanan diperbarui',
    standard: 'Standar pelayanan diperbarui: {{component}}',
  },
};
